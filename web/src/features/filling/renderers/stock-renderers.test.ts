import { materialRenderers, MaterialDateControl, MaterialDateTimeControl, MaterialNativeControl, MaterialTimeControl } from '@jsonforms/material-renderers';
import type { JsonSchema, UISchemaElement } from '@jsonforms/core';
import { describe, expect, it } from 'vitest';
import { stockRenderers } from './stock-renderers';

const PICKERS: unknown[] = [MaterialDateControl, MaterialTimeControl, MaterialDateTimeControl];
const control = { type: 'Control', scope: '#/properties/x' } as UISchemaElement;
const best = (schema: JsonSchema) => {
  const rootSchema = { type: 'object', properties: { x: schema } } as JsonSchema;
  let top: { renderer: unknown; rank: number } = { renderer: undefined, rank: -1 };
  for (const e of stockRenderers) {
    const rank = e.tester(control, rootSchema, { rootSchema, config: {} });
    if (rank > top.rank) top = { renderer: e.renderer, rank };
  }
  return top.renderer;
};

describe('the stock renderers the form pages register', () => {
  it('are the whole Material set but its three MUI X pickers and the unexported stepper (nothing else lost on a JSON Forms upgrade)', () => {
    const kept = new Set(stockRenderers.map((e) => e.renderer));
    const missing = materialRenderers.filter((e) => !kept.has(e.renderer) && !PICKERS.includes(e.renderer));
    const stepper = { type: 'Categorization', elements: [{ type: 'Category', label: 'a', elements: [] }], options: { variant: 'stepper' } } as UISchemaElement;
    expect(missing).toHaveLength(1);
    expect(missing[0]!.tester(stepper, {}, { rootSchema: {}, config: {} })).toBeGreaterThan(0);
    expect(stockRenderers.some((e) => PICKERS.includes(e.renderer))).toBe(false);
    expect(kept.size).toBe(materialRenderers.length - PICKERS.length - 1);
  });

  it('still give date and time fields a control: the native input', () => {
    expect(best({ type: 'string', format: 'date' })).toBe(MaterialNativeControl);
    expect(best({ type: 'string', format: 'time' })).toBe(MaterialNativeControl);
  });
});
