import { describe, expect, it } from 'vitest';
import { validateDefinition } from './validate-definition.js';
import { issueText } from './issue-text.js';
import { sampleDefinition } from '../scoring/fixtures/sample-definition.js';
import type { ChecklistDefinition } from './definition-schema.js';
import { compileChecklist } from '../scoring/compile.js';
import { perfectAnswers } from '../scoring/fixtures/sample-definition.js';

/** The sample checklist with a repeat group (`wards`, rows by `$ref`), an object by `$ref` and an `allOf` field. */
function withLayout(uischema: Record<string, unknown>): ChecklistDefinition {
  const d = sampleDefinition();
  const schema = d.form.schema as { properties: Record<string, Record<string, unknown>>; definitions?: unknown };
  schema.definitions = {
    ward: {
      type: 'object',
      properties: { name: { type: 'string' }, beds: { type: 'integer', minimum: 0 }, level: { type: 'string', enum: ['icu', 'general'] }, negativePressure: { type: 'boolean' } },
    },
  };
  schema.properties.wards = { type: 'array', items: { $ref: '#/definitions/ward' } };
  schema.properties.site = { $ref: '#/definitions/ward' };
  schema.properties.quality!.allOf = [{ properties: { lab: { type: 'boolean' } } }];
  d.form.uischema = uischema;
  return d;
}

const control = (scope: string, extra: Record<string, unknown> = {}) => ({ type: 'Control', scope, ...extra });
const vertical = (...elements: unknown[]) => ({ type: 'VerticalLayout', elements });

function issuesOf(uischema: Record<string, unknown>) {
  const result = validateDefinition(withLayout(uischema));
  return result.ok ? [] : result.issues;
}

describe('UI schema layouts JSON Forms renders', () => {
  it('accepts an array detail layout whose scopes are relative to one row (refused before as "no field")', () => {
    const ui = vertical(control('#/properties/wards', {
      options: { detail: vertical(control('#/properties/name'), { type: 'HorizontalLayout', elements: [control('#/properties/beds'), control('#/properties/level')] }) },
    }));
    expect(issuesOf(ui)).toEqual([]);
  });

  it('refuses a detail scope naming no column, saying scopes there are relative to one row', () => {
    const ui = vertical(control('#/properties/wards', { options: { detail: vertical(control('#/properties/wards/properties/name')) } }));
    const issues = issuesOf(ui);
    expect(issues).toEqual([expect.objectContaining({ code: 'ui-scope', path: '/form/uischema/elements/0/options/detail/elements/0/scope' })]);
    expect(issues[0]!.message).toContain('relative to one row');
    expect(issueText(issues[0]!)?.zh).toContain('相对于一行');
  });

  it('follows scopes through $ref into definitions, and refuses a field the definition lacks', () => {
    expect(issuesOf(vertical(control('#/properties/site/properties/beds')))).toEqual([]);
    expect(issuesOf(vertical(control('#/properties/site/properties/nope')))).toEqual([
      expect.objectContaining({ code: 'ui-scope', path: '/form/uischema/elements/0/scope', params: expect.objectContaining({ problem: 'no-such-field' }) }),
    ]);
  });

  it('accepts scopes written without the leading #, and fields declared in an allOf branch', () => {
    const ui = vertical(control('/properties/beds/properties/infectious'), control('properties/beds/properties/feverClinic'), control('#/properties/quality/properties/lab'));
    expect(issuesOf(ui)).toEqual([]);
  });

  it('refuses a scope that names a schema but no answer (#/definitions/...)', () => {
    expect(issuesOf(vertical(control('#/definitions/ward')))).toEqual([
      expect.objectContaining({ code: 'ui-scope', params: expect.objectContaining({ problem: 'not-a-field-path' }) }),
    ]);
  });

  it('checks rule conditions (SHOW/HIDE/ENABLE/DISABLE, schema-based, OR/AND), relative to the row inside a detail', () => {
    const rule = (effect: string, condition: unknown) => ({ rule: { effect, condition } });
    const ui = vertical(
      control('#/properties/beds/properties/infectious', rule('SHOW', { scope: '#/properties/beds/properties/feverClinic', schema: { const: true } })),
      control('#/properties/quality/properties/emr', rule('DISABLE', {
        type: 'OR',
        conditions: [
          { scope: '#/properties/quality/properties/illegalDebt', schema: { const: true } },
          { type: 'AND', conditions: [{ scope: '#/properties/beds/properties/infectious', schema: { minimum: 1 } }, { scope: '#', schema: { required: ['beds'] } }] },
        ],
      })),
      control('#/properties/wards', {
        options: { detail: vertical(control('#/properties/beds', rule('HIDE', { scope: '#/properties/level', schema: { const: 'general' }, failWhenUndefined: true }))) },
      }),
      control('#/properties/quality/properties/note', rule('ENABLE', { type: 'AND', conditions: [{ scope: '#/properties/nope', schema: {} }] })),
    );
    expect(issuesOf(ui)).toEqual([
      expect.objectContaining({ code: 'ui-scope', path: '/form/uischema/elements/3/rule/condition/conditions/0/scope' }),
    ]);
  });

  it('accepts Categorization, Category, Group and Label elements and control options', () => {
    const ui = {
      type: 'Categorization',
      options: { variant: 'stepper', showNavButtons: true },
      elements: [
        { type: 'Category', label: '床位', elements: [{ type: 'Label', text: '按实有床位填写' }, { type: 'Group', label: '传染病', elements: [control('#/properties/beds/properties/infectious', { options: { slider: true } })] }] },
        { type: 'Category', label: '病区', elements: [control('#/properties/wards', { options: { detail: 'GENERATED', showSortButtons: true, elementLabelProp: 'name' } })] },
        { type: 'Category', label: '质量', elements: [control('#/properties/quality/properties/centres', { options: { format: 'radio', multi: true } })] },
      ],
    };
    expect(issuesOf(ui)).toEqual([]);
  });

  it('lets criteria read fields reached through $ref or an allOf branch, and answers there are not "unknown"', () => {
    const d = withLayout(vertical(control('#/properties/site/properties/beds')));
    d.criteria.push(
      { id: 'site-beds', section: 'beds', title: { zh: '院区床位' }, clause: '一(3)', kind: 'count', weight: 1, value: { field: 'site.beds' }, target: { op: '>=', value: 10 } },
      { id: 'lab', section: 'quality', title: { zh: '实验室' }, clause: '二(7)', kind: 'boolean', weight: 1, value: { field: 'quality.lab' }, target: { equals: true } },
    );
    expect(validateDefinition(d)).toMatchObject({ ok: true });
    const answers = perfectAnswers();
    expect(compileChecklist(d).validateAnswers({ ...answers, site: { beds: 12 }, quality: { ...answers.quality, lab: true } })).toEqual([]);
  });
});
