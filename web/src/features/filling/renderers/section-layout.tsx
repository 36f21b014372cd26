import { rankWith, type LayoutProps, type RankedTester, type UISchemaElement, type VerticalLayout } from '@jsonforms/core';
import { MaterialLayoutRenderer } from '@jsonforms/material-renderers';
import { withJsonFormsLayoutProps } from '@jsonforms/react';
import { startTransition, useEffect, useMemo, useState } from 'react';

/**
 * How many of a section's fields render before the page's first paint: a screenful at the
 * largest common viewport (a field with its criteria is 120–200 px tall). The largest checklist's
 * first section holds 36; rendering them all (MUI and Emotion, per field) before the first can
 * take input was most of the page's CPU after its data arrived.
 */
export const FIRST_FIELDS = 6;

/** The form page marks the section it passes to JSON Forms with this option (`form-map.ts`). */
export const SECTION_OPTION = 'dabiaoSection';

/** The section's root layout, ranked above the stock vertical layout. */
export const sectionLayoutTester: RankedTester = rankWith(10, (uischema) => uischema.type === 'VerticalLayout' && uischema.options?.[SECTION_OPTION] === true);

/**
 * A section as the stock vertical layout renders it, but the first {@link FIRST_FIELDS} fields
 * first and the rest in a transition just after: React renders those in slices between which a
 * keystroke or a click is handled, so the first fields take input while the rest arrive. Only
 * the page's first render is split; once all are shown, every section renders whole (a link
 * from the problem list to a field then always finds it).
 */
function SectionLayoutRenderer({ uischema, schema, path, enabled, visible, renderers, cells }: LayoutProps) {
  const all = (uischema as VerticalLayout).elements;
  const [shown, setShown] = useState(FIRST_FIELDS);
  useEffect(() => {
    if (shown < all.length) startTransition(() => setShown(Number.POSITIVE_INFINITY));
  }, [shown, all.length]);
  const elements = useMemo<UISchemaElement[]>(() => (shown < all.length ? all.slice(0, shown) : all), [all, shown]);
  return <MaterialLayoutRenderer elements={elements} schema={schema} path={path} enabled={enabled} visible={visible} direction="column" renderers={renderers} cells={cells} />;
}

/** The (tester, renderer) pair the form page registers beside the stock set. */
export const sectionLayout = { tester: sectionLayoutTester, renderer: withJsonFormsLayoutProps(SectionLayoutRenderer) };
