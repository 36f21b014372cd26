import { describe, expect, it } from 'vitest';
import { validateDefinition } from './validate-definition.js';
import { sampleDefinition } from '../scoring/fixtures/sample-definition.js';

function issuesOf(mutate: (d: ReturnType<typeof sampleDefinition>) => void) {
  const d = sampleDefinition();
  mutate(d);
  const result = validateDefinition(d);
  return result.ok ? [] : result.issues;
}

describe('validateDefinition', () => {
  it('accepts a well-formed definition', () => {
    expect(validateDefinition(sampleDefinition())).toMatchObject({ ok: true });
  });

  it('reports every structural problem with its path, not just the first', () => {
    const result = validateDefinition({ ...sampleDefinition(), version: 0, status: 'live', title: { en: 'x' } });
    expect(result.ok).toBe(false);
    const paths = result.ok ? [] : result.issues.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['/version', '/status', '/title/zh']));
  });

  it('rejects a criterion reading a field that does not exist', () => {
    const issues = issuesOf((d) => { d.criteria[0]!.value = { field: 'beds.infectiousBeds' }; });
    expect(issues).toContainEqual(expect.objectContaining({ path: '/criteria/0/value/field', code: 'unknown-field' }));
  });

  it('rejects a criterion reading a field of the wrong type', () => {
    const issues = issuesOf((d) => { d.criteria[1]!.value = { field: 'beds.infectious' }; });
    expect(issues).toContainEqual(expect.objectContaining({ path: '/criteria/1/value/field', code: 'value-type' }));
  });

  it('catches a misspelt county in a condition', () => {
    const issues = issuesOf((d) => { d.criteria[0]!.targets![1]!.when = { context: { county: 'c' } }; });
    expect(issues).toContainEqual(expect.objectContaining({ path: '/criteria/0/targets/1/when/context/county', code: 'unknown-value' }));
  });

  it('rejects a UI scope that points at no field', () => {
    const issues = issuesOf((d) => {
      (d.form.uischema.elements as { elements: { scope: string }[] }[])[0]!.elements[0]!.scope = '#/properties/beds/properties/nope';
    });
    expect(issues).toContainEqual(expect.objectContaining({ path: '/form/uischema/elements/0/elements/0/scope', code: 'ui-scope' }));
  });

  it('rejects a form schema that does not compile', () => {
    const issues = issuesOf((d) => { d.form.schema = { type: 'object', properties: { a: { type: 'nonsense' } } }; });
    expect(issues.some((i) => i.code === 'form-schema')).toBe(true);
  });

  it('rejects an ordinal target level outside its scale and coverage items that do not match the field', () => {
    const issues = issuesOf((d) => {
      d.criteria[3]!.target = { op: '>=', level: '9' };
      d.criteria[4]!.items!.push({ value: 'burns', label: { zh: '烧伤中心' } });
    });
    expect(issues).toContainEqual(expect.objectContaining({ path: '/criteria/3/target/level', code: 'unknown-level' }));
    expect(issues).toContainEqual(expect.objectContaining({ path: '/criteria/4/value/field', code: 'coverage-items' }));
  });

  it('refuses JSON Logic operations beyond arithmetic, such as method calls', () => {
    const issues = issuesOf((d) => { d.derived![0]!.expr = { method: [{ var: 'quality.surgeries' }, 'toString'] }; });
    expect(issues).toContainEqual(expect.objectContaining({ path: '/derived/0/expr/method', code: 'expr-op' }));
  });

  it('rejects duplicate ids, a target of the wrong kind, points on info items and bands without a floor', () => {
    const issues = issuesOf((d) => {
      d.criteria[1]!.id = 'infectious-beds';
      d.criteria[2]!.target = { equals: true };
      d.criteria[7]!.weight = 3;
      d.bands = d.bands.filter((b) => b.min > 0);
    });
    const codes = issues.map((i) => i.code);
    expect(codes).toEqual(expect.arrayContaining(['duplicate-id', 'target-kind', 'info-weight', 'bands']));
  });
});
