import { rankWith, type LayoutProps, type RankedTester, type UISchemaElement, type VerticalLayout } from '@jsonforms/core';
import { JsonFormsDispatch, withJsonFormsLayoutProps } from '@jsonforms/react';
import { startTransition, useContext, useEffect, useMemo, useState } from 'react';
import { FieldTargetContext, reachField } from './field-target';

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
 * A section's fields one under another, as the stock vertical layout showed them, but the first {@link FIRST_FIELDS} fields
 * first and the rest in a transition just after: React renders those in slices between which a
 * keystroke or a click is handled, so the first fields take input while the rest arrive. Only
 * the first render of a section longer than that is split; once all are shown, every section
 * renders whole. A link to a field ({@link FieldTargetContext}) renders the rest at once, and
 * the layout scrolls to the field and focuses it once it is on the page.
 */
function SectionLayoutRenderer({ uischema, schema, path, enabled, visible, renderers, cells }: LayoutProps) {
  const all = (uischema as VerticalLayout).elements;
  const [shown, setShown] = useState(FIRST_FIELDS);
  const target = useContext(FieldTargetContext);
  // Set while rendering: React renders again at once with every field, before committing.
  if (target && shown < all.length) setShown(Number.POSITIVE_INFINITY);
  useEffect(() => {
    if (shown < all.length) startTransition(() => setShown(Number.POSITIVE_INFINITY));
  }, [shown, all.length]);
  const elements = useMemo<UISchemaElement[]>(() => (shown < all.length ? all.slice(0, shown) : all), [all, shown]);
  // Again with each section shown: the link's section arrives a render after the link's click.
  useEffect(() => {
    if (target && reachField(target.field)) target.reached();
  }, [target, elements]);
  if (!visible) return null;
  // A plain column (plain-field.css), not Material's layout: its Grid container and a Grid item
  // around every field were Emotion-styled elements on the first render, for a flex column.
  return (
    <div className="section-fields">
      {elements.map((child, i) => (
        <JsonFormsDispatch key={`${path}-${i}`} uischema={child} schema={schema} path={path} enabled={enabled} renderers={renderers} cells={cells} />
      ))}
    </div>
  );
}

/** The (tester, renderer) pair the form page registers beside the stock set. */
export const sectionLayout = { tester: sectionLayoutTester, renderer: withJsonFormsLayoutProps(SectionLayoutRenderer) };
