import type { ControlProps, EnumOption } from '@jsonforms/core';
import { createElement, type ComponentType } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../../i18n/i18n-context';
import { NumberControl, numberControlTester } from './NumberControl';
import { SelectControl, answerOfChoice, choiceOfAnswer, oneOfSelectTester } from './SelectControl';
import { TextControl, textControlTester } from './TextControl';
import { stockRenderers } from './stock-renderers';

const base: Partial<ControlProps> = { id: 'beds', path: 'facilities.beds', label: '编制床位数', visible: true, enabled: true, errors: '', data: undefined, handleChange: () => {}, required: false, config: {}, uischema: { type: 'Control', scope: '#/properties/beds' } as ControlProps['uischema'] };
const render = <P,>(component: ComponentType<P>, props: Partial<ControlProps> & Record<string, unknown>) =>
  renderToStaticMarkup(createElement(I18nProvider, null, createElement(component as ComponentType<Record<string, unknown>>, { ...base, ...props })));

describe('NumberControl', () => {
  it('is a number box named by its label, with the schema\'s bounds and an integer step', () => {
    const html = render(NumberControl, { schema: { type: 'integer', minimum: 0, maximum: 500 }, data: 120 });
    expect(html).toMatch(/<label class="plain-field-label" for="beds-input">编制床位数<\/label>/);
    expect(html).toMatch(/<input id="beds-input"[^>]* type="number" inputMode="numeric" min="0" max="500" step="1" value="120"/);
  });

  it('takes any decimal for a number (a share of 35.25 is not out of step)', () => {
    expect(render(NumberControl, { schema: { type: 'number', minimum: 0 } })).toMatch(/inputMode="decimal" min="0" step="any" value=""/);
  });

  it('shows our error in red under the box, tied to it, and marks a required field', () => {
    const html = render(NumberControl, { schema: { type: 'integer' }, errors: '不能小于 0', required: true });
    expect(html).toContain('class="plain-field plain-field-error"');
    expect(html).toMatch(/aria-invalid="true" aria-required="true" aria-describedby="beds-help"/);
    expect(html).toMatch(/<p id="beds-help" class="plain-field-help">不能小于 0<\/p>/);
    expect(html).toMatch(/<span aria-hidden="true">\u2009\*<\/span>/);
  });

  it('is read-only when the form is, and shows nothing when hidden by a rule', () => {
    expect(render(NumberControl, { schema: { type: 'integer' }, enabled: false })).toMatch(/plain-field-disabled[\s\S]*<input[^>]* disabled=""/);
    expect(render(NumberControl, { schema: { type: 'integer' }, visible: false })).toBe('');
  });

  it('shows the description on focus, as Material did, unless the form shows it always; unfocused its line stays, unseen, so a blur moves nothing below', () => {
    const idle = render(NumberControl, { schema: { type: 'integer' }, description: '按实际开放床位' });
    expect(idle).toContain('<p class="plain-field-help plain-field-help-idle" aria-hidden="true">按实际开放床位</p>');
    expect(idle).not.toContain('aria-describedby');
    expect(render(NumberControl, { schema: { type: 'integer' }, description: '按实际开放床位', config: { showUnfocusedDescription: true } })).toContain('<p id="beds-help" class="plain-field-help">按实际开放床位</p>');
  });

  // Why they are plain: MUI's input control was five or six Emotion-styled elements per field.
  it('renders no MUI (Emotion-styled) element', () => {
    expect(render(NumberControl, { schema: { type: 'number' }, errors: '必填' })).not.toMatch(/class="[^"]*Mui/);
  });
});

describe('TextControl', () => {
  it('is a text box, a text area with the multi option, capped at maxLength when restricted', () => {
    expect(render(TextControl, { schema: { type: 'string' }, data: '已开工' })).toMatch(/<input id="beds-input"[^>]* type="text" value="已开工"/);
    const html = render(TextControl, { schema: { type: 'string', maxLength: 200 }, uischema: { type: 'Control', scope: '#/properties/x', options: { multi: true, restrict: true } } as ControlProps['uischema'] });
    expect(html).toMatch(/<textarea id="beds-input"[^>]* rows="3" maxLength="200"><\/textarea>/);
  });
});

describe('SelectControl', () => {
  const options: EnumOption[] = [
    { label: '四级', value: '4' },
    { label: '五级', value: '5' },
  ];
  it('is a native select: 请选择 (no answer) first, then every choice, the answer chosen', () => {
    const html = render(SelectControl, { schema: { type: 'string' }, options, data: '5' });
    expect(html).toMatch(/<select id="beds-input"[^>]*class="plain-field-input"/);
    expect(html).toMatch(/<option value="">请选择<\/option><option value="0">四级<\/option><option value="1" selected="">五级<\/option>/);
    expect(html).not.toMatch(/class="[^"]*Mui/);
  });

  it('gives back the choice\'s own value (a number stays a number), and no answer for 请选择', () => {
    const numbers: EnumOption[] = [{ label: '一', value: 1 }, { label: '二', value: 2 }];
    expect(answerOfChoice(numbers, '1')).toBe(2);
    expect(answerOfChoice(numbers, '')).toBeUndefined();
    expect(choiceOfAnswer(numbers, 2)).toBe('1');
    expect(choiceOfAnswer(numbers, '2')).toBe('');
    expect(choiceOfAnswer(numbers, undefined)).toBe('');
  });
});

describe('the testers', () => {
  const rootSchema = {};
  const ctx = { rootSchema, config: {} };
  const control = { type: 'Control', scope: '#/properties/x' } as ControlProps['uischema'];
  const rank = (tester: typeof numberControlTester, schema: object) => tester(control, { type: 'object', properties: { x: schema } }, ctx);
  const stockBest = (schema: object) => Math.max(...stockRenderers.map((e) => e.tester(control, { type: 'object', properties: { x: schema } }, ctx)));

  it('outrank Material for numbers, free text and choices', () => {
    expect(rank(numberControlTester, { type: 'integer', minimum: 0 })).toBeGreaterThan(stockBest({ type: 'integer', minimum: 0 }));
    expect(rank(textControlTester, { type: 'string' })).toBeGreaterThan(stockBest({ type: 'string' }));
    const oneOf = { type: 'string', oneOf: [{ const: 'a', title: 'A' }] };
    expect(rank(oneOfSelectTester, oneOf)).toBeGreaterThan(stockBest(oneOf));
  });

  it('leave dates and choices to the control made for them', () => {
    expect(rank(textControlTester, { type: 'string', format: 'date' })).toBeLessThan(stockBest({ type: 'string', format: 'date' }));
    expect(rank(textControlTester, { type: 'string', enum: ['a'] })).toBe(-1);
  });
});
