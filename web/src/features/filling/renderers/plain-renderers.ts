import { isControl, NOT_APPLICABLE, type JsonFormsRendererRegistryEntry, type JsonSchema, type UISchemaElement } from '@jsonforms/core';
import { multiChoiceEntry } from './MultiChoiceControl';
import { numberControlEntry } from './NumberControl';
import { selectControlEntries } from './SelectControl';
import { textControlEntry } from './TextControl';
import { yesNoControlEntry } from './YesNoControl';

/**
 * The fields drawn with plain elements (no MUI): yes/no, numbers, free text, a choice, several
 * choices. Every checklist in `forms/` uses only these. Each tester claims a field only where no
 * stock Material renderer would outrank it (a slider, radio buttons by option, a combinator), so
 * what these claim renders the same with or without the stock set beside them.
 */
export const plainFieldRenderers: JsonFormsRendererRegistryEntry[] = [yesNoControlEntry, numberControlEntry, textControlEntry, ...selectControlEntries, multiChoiceEntry];

/** A form's section as `form-map.ts` builds it: a vertical layout of the category's elements. */
interface SectionLike {
  uischema: { elements: readonly unknown[] };
}

/** Whether a plain field renderer claims `element` (a control of `schema`), as JSON Forms would rank it. */
export function plainClaims(element: UISchemaElement, schema: JsonSchema): boolean {
  if (!isControl(element)) return false;
  const context = { rootSchema: schema, config: {} };
  return plainFieldRenderers.some((e) => e.tester(element, schema, context) > NOT_APPLICABLE);
}

/**
 * Whether the form renders whole with the plain renderers: every element of every section a
 * control some plain field claims (the section layout and the criterion wrapper take the rest).
 * When not (an array of objects, a `oneOf` of schemas, a group or label inside a section, a
 * slider), the page loads the stock Material set first. Decided before the first render from the
 * definition alone, so a form never shows a field half-drawn and redrawn.
 */
export function plainRenderersSuffice(sections: readonly SectionLike[], schema: JsonSchema): boolean {
  return sections.every((s) => s.uischema.elements.every((e) => plainClaims(e as UISchemaElement, schema)));
}
