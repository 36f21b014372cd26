import { createContext, useCallback, useEffect, useMemo, useState } from 'react';

/**
 * A field a link on the page (the problem list, the expert's difference summary) is taking the
 * user to, from the click until the field is on screen with focus.
 */
export interface FieldTarget {
  /** Its answer path (`management.emrLevel`). */
  field: string;
  /** Called once the field is scrolled to and focused. */
  reached(): void;
}

/**
 * The section layout reads the target: it renders the whole section at once (a field not
 * rendered yet cannot be scrolled to) and, once the field is on the page, reaches it. The layout
 * does it, not the page: the section a link switches to reaches the layout a render after the
 * page's own (JSON Forms takes a new UI schema in an effect).
 */
export const FieldTargetContext = createContext<FieldTarget | null>(null);

/** Scrolls to the field at `path` and focuses its first control; false if it is not on the page. */
export function reachField(path: string): boolean {
  const el = document.querySelector(`[data-field="${CSS.escape(path)}"]`);
  if (!el) return false;
  el.scrollIntoView({ block: 'center' });
  (el.querySelector('input, select, textarea, [role="combobox"], button') as HTMLElement | null)?.focus();
  return true;
}

/** How long a link's request waits for its field to be on the page. */
const REQUEST_LAPSE_MS = 3000;

/** The page's side: `go(field)` from a link (the caller switches the section), `target` for the provider. */
export function useFieldTarget(): { target: FieldTarget | null; go(field: string): void } {
  // A new object per click: the same link clicked twice is two requests.
  const [request, setRequest] = useState<{ field: string } | null>(null);
  const target = useMemo(() => (request ? { field: request.field, reached: () => setRequest(null) } : null), [request]);
  const go = useCallback((field: string) => setRequest({ field }), []);
  // A field that never shows (hidden by a rule) would keep the request, and every section opened
  // after it would render whole and jump to it later: a request lapses after a few seconds.
  useEffect(() => {
    if (!request) return;
    const lapse = setTimeout(() => setRequest((current) => (current === request ? null : current)), REQUEST_LAPSE_MS);
    return () => clearTimeout(lapse);
  }, [request]);
  return { target, go };
}
