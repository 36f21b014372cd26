/**
 * Which checklist version a submission was last seen to use, kept on the device so that a form
 * opened again (a link, a reload, the home page's button) reads its checklist beside the
 * submission instead of after it: one round trip fewer before the form can render. Only a hint:
 * a submission can move to a newer version (a re-score), so the reader checks it against the
 * submission's own `checklistId`/`checklistVersion` and reads the right one when they differ.
 * Nothing personal is kept (a submission id, a public checklist's id and version). Imports
 * nothing: the start-up script (`app/early-start.ts`) bundles it alone.
 */
export const HINT_KEY = 'dabiao.checklist-of';
/** Enough for every form an institution or an expert has open; the oldest go first. */
const MAX_HINTS = 50;

/** A published checklist version, as a submission names it. */
export interface ChecklistRef {
  checklistId: string;
  checklistVersion: number;
}

function read(): Record<string, [string, number]> {
  try {
    const kept = JSON.parse(localStorage.getItem(HINT_KEY) ?? '{}') as unknown;
    return kept && typeof kept === 'object' && !Array.isArray(kept) ? (kept as Record<string, [string, number]>) : {};
  } catch {
    return {};
  }
}

/** The checklist version `submissionId` was last seen with, if any (and well formed). */
export function checklistHint(submissionId: string): ChecklistRef | undefined {
  const hint = read()[submissionId];
  if (!Array.isArray(hint) || typeof hint[0] !== 'string' || !Number.isInteger(hint[1])) return undefined;
  return { checklistId: hint[0], checklistVersion: hint[1] };
}

/**
 * Keeps the checklist version of each submission given (as read from the API; one that names
 * none is skipped); storage errors are ignored.
 */
export function rememberChecklists(submissions: readonly { id: string; checklistId?: string; checklistVersion?: number }[]): void {
  try {
    const hints = read();
    let changed = false;
    for (const s of submissions) {
      if (typeof s.checklistId !== 'string' || !Number.isInteger(s.checklistVersion)) continue;
      const old = hints[s.id];
      if (old && old[0] === s.checklistId && old[1] === s.checklistVersion) continue;
      // Re-inserted at the end, so insertion order is recency and the oldest are dropped first.
      delete hints[s.id];
      hints[s.id] = [s.checklistId, s.checklistVersion!];
      changed = true;
    }
    if (!changed) return;
    const ids = Object.keys(hints);
    for (const id of ids.slice(0, Math.max(0, ids.length - MAX_HINTS))) delete hints[id];
    localStorage.setItem(HINT_KEY, JSON.stringify(hints));
  } catch {
    // Private mode or a full storage: the form still opens, its reads one after the other.
  }
}
