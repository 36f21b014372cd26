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

  it('a context field may say who sets it (admin by default, or the participant); nothing else', () => {
    expect(issuesOf((d) => { (d.context[0] as { declaredBy?: string }).declaredBy = 'participant'; })).toEqual([]);
    expect(issuesOf((d) => { (d.context[0] as { declaredBy?: string }).declaredBy = 'admin'; })).toEqual([]);
    const issues = issuesOf((d) => { (d.context[0] as { declaredBy?: string }).declaredBy = 'institution'; });
    expect(issues).toContainEqual(expect.objectContaining({ path: '/context/0/declaredBy' }));
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

  it('accepts a version-1 veto without a basis, with a warning that names it', () => {
    const result = validateDefinition(sampleDefinition());
    expect(result.ok).toBe(true);
    const warnings = result.ok ? result.warnings : [];
    expect(warnings).toEqual([expect.objectContaining({ path: '/criteria/6/veto', code: 'veto-basis-missing' })]);
  });

  it('accepts a veto whose basis is the plan’s quoted word or a stated reading, without warnings', () => {
    const d = sampleDefinition();
    d.criteria[6]!.vetoBasis = { kind: 'plan', quote: { zh: '严禁违规新增举借长期债务' }, clause: '二(5)' };
    const plan = validateDefinition(d);
    expect(plan).toMatchObject({ ok: true, warnings: [] });
    d.criteria[6]!.vetoBasis = { kind: 'reading', reason: { zh: '方案未写一票否决，本清单因……作否决' } };
    expect(validateDefinition(d)).toMatchObject({ ok: true, warnings: [] });
  });

  it('rejects a veto basis that is incomplete, or given on an item that is no veto', () => {
    const issues = issuesOf((d) => {
      (d.criteria[6] as Record<string, unknown>).vetoBasis = { kind: 'plan', quote: { zh: '严禁违规新增举借长期债务' } };
      d.criteria[1]!.vetoBasis = { kind: 'reading', reason: { zh: '理由' } };
    });
    expect(issues).toContainEqual(expect.objectContaining({ path: '/criteria/6/vetoBasis/clause' }));
    const later = issuesOf((d) => { d.criteria[1]!.vetoBasis = { kind: 'reading', reason: { zh: '理由' } }; });
    expect(later).toContainEqual(expect.objectContaining({ path: '/criteria/1/vetoBasis', code: 'veto-basis-without-veto' }));
  });
});

describe('validateDefinition in one pass', () => {
  it('reports a target of the wrong type and an unknown section together', () => {
    const issues = issuesOf((d) => {
      (d.criteria[2] as { target: unknown }).target = { op: '>=', value: '35' };
      d.criteria[1]!.section = 'nowhere';
    });
    expect(issues).toContainEqual(expect.objectContaining({ path: '/criteria/2/target', code: 'target-shape' }));
    expect(issues).toContainEqual(expect.objectContaining({ path: '/criteria/1/section', code: 'unknown-section' }));
  });

  it('does not repeat a structural problem as a cross-reference one at the same place', () => {
    const issues = issuesOf((d) => { (d.criteria[2] as { target: unknown }).target = { op: '>=', value: '35' }; });
    expect(issues.map((i) => i.path)).toEqual(['/criteria/2/target']);
  });
});
