import type { JsonFormsRendererRegistryEntry, JsonSchema, UISchemaElement } from '@jsonforms/core';
import { describe, expect, it } from 'vitest';
import { compile } from '../../../lib/engine';
import { buildFormMap } from '../form-map';
import { repoChecklists } from '../repo-checklists.test-helper';
import { plainClaims, plainFieldRenderers, plainRenderersSuffice } from './plain-renderers';
import { stockRenderers } from './stock-renderers';

/** The renderer JSON Forms would pick for `element` from `set`: the first of the highest rank. */
const winner = (set: JsonFormsRendererRegistryEntry[], element: UISchemaElement, schema: JsonSchema) => {
  const context = { rootSchema: schema, config: {} };
  let best: unknown;
  let rank = -1;
  for (const e of set) {
    const r = e.tester(element, schema, context);
    if (r > rank) [best, rank] = [e.renderer, r];
  }
  return best;
};
/** The set a form that loaded the stock renderers registers (stock first, as `checklistRenderers`). */
const both = [...stockRenderers, ...plainFieldRenderers];
const plain = new Set(plainFieldRenderers.map((e) => e.renderer));
const control = (property: string) => ({ type: 'Control', scope: `#/properties/${property}` }) as UISchemaElement;
const section = (...elements: UISchemaElement[]) => ({ uischema: { elements } });

/** Fields a checklist published later could hold, each with whether a plain renderer draws it. */
const FIELDS: [string, JsonSchema, boolean][] = [
  ['yesNo', { type: 'boolean' }, true],
  ['count', { type: 'integer', minimum: 0 }, true],
  ['share', { type: 'number', maximum: 100 }, true],
  ['note', { type: 'string' }, true],
  ['grade', { type: 'string', oneOf: [{ const: 'a', title: 'A' }, { const: 'b', title: 'B' }] }, true],
  ['level', { type: 'integer', oneOf: [{ const: 1 }, { const: 2 }] }, true],
  ['kind', { type: 'string', enum: ['x', 'y'] }, true],
  ['services', { type: 'array', uniqueItems: true, items: { type: 'string', oneOf: [{ const: 'a' }, { const: 'b' }] } }, true],
  ['centres', { type: 'array', uniqueItems: true, items: { type: 'string', enum: ['a', 'b'] } }, true],
  ['staff', { type: 'array', items: { type: 'object', properties: { name: { type: 'string' } } } }, false],
  ['years', { type: 'array', items: { type: 'integer' } }, false],
  ['address', { type: 'object', properties: { city: { type: 'string' } } }, false],
  ['either', { oneOf: [{ type: 'string' }, { type: 'object', properties: { a: { type: 'string' } } }] }, false],
  ['opened', { type: 'string', format: 'date' }, false],
  ['score', { type: 'integer', minimum: 0, maximum: 10, default: 5 }, true],
];

describe('which renderers a form needs', () => {
  it('draws every field of every checklist in forms/ with a plain renderer, the one the stock set would not outrank', () => {
    const checked = Object.entries(repoChecklists).map(([path, definition]) => {
      const map = buildFormMap(compile(definition));
      const schema = definition.form.schema as JsonSchema;
      expect(plainRenderersSuffice(map.sections, schema), path).toBe(true);
      for (const s of map.sections)
        for (const element of s.uischema.elements as UISchemaElement[]) {
          const renderer = winner(both, element, schema);
          expect(plain.has(renderer), `${path} ${JSON.stringify(element)}`).toBe(true);
          expect(renderer).toBe(winner(plainFieldRenderers, element, schema));
        }
      return map.sections.length;
    });
    expect(checked.length).toBeGreaterThan(10);
  });

  it.each(FIELDS)('claims a %s field only where the plain renderer would also win beside the stock set', (name, field, claimed) => {
    const schema = { type: 'object', properties: { [name]: field } } as JsonSchema;
    expect(plainClaims(control(name), schema)).toBe(claimed);
    expect(plain.has(winner(both, control(name), schema))).toBe(claimed);
  });

  it('leaves a field drawn by option as a slider or radio buttons to the stock set', () => {
    const schema = { type: 'object', properties: { score: { type: 'integer', minimum: 0, maximum: 10, default: 5 }, grade: { type: 'string', enum: ['a', 'b'] } } } as JsonSchema;
    const slider = { ...control('score'), options: { slider: true } } as UISchemaElement;
    const radios = { ...control('grade'), options: { format: 'radio' } } as UISchemaElement;
    for (const element of [slider, radios]) {
      expect(plainClaims(element, schema)).toBe(false);
      expect(plain.has(winner(both, element, schema))).toBe(false);
    }
  });

  it('needs the stock set for a form with one such field, or a layout or label inside a section', () => {
    const schema = { type: 'object', properties: { beds: { type: 'integer' }, staff: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' } } } } } } as JsonSchema;
    expect(plainRenderersSuffice([section(control('beds'))], schema)).toBe(true);
    expect(plainRenderersSuffice([section(control('beds')), section(control('beds'), control('staff'))], schema)).toBe(false);
    expect(plainRenderersSuffice([section({ type: 'Group', label: 'g', elements: [control('beds')] } as UISchemaElement)], schema)).toBe(false);
    expect(plainRenderersSuffice([section({ type: 'Label', text: '说明' } as UISchemaElement)], schema)).toBe(false);
  });
});
