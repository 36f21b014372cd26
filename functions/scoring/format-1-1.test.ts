import { describe, expect, it } from 'vitest';
import type { ChecklistDefinition, Criterion } from '../checklist/definition-schema.js';
import { validateDefinition } from '../checklist/validate-definition.js';
import { compileChecklist } from './compile.js';
import { perfectAnswers, sampleDefinition } from './fixtures/sample-definition.js';
import { scoreSubmission } from './score.js';

const zh = (text: string, en = text) => ({ zh: text, en });
const context = { type: 'general', county: 'a', grade: '2', year: 2025, round: 'final' };
const evidence = { centres: [{ name: '证书.pdf' }] };

/** The sample plus beds and nurses, a nurses-per-bed ratio, and a choice field read by an info item. */
function withRatio(format: 1 | 1.1, ratio: Partial<Criterion> = {}): ChecklistDefinition {
  const d = { ...sampleDefinition(), format };
  const beds = (d.form.schema.properties as Record<string, { properties: Record<string, unknown> }>).beds!;
  beds.properties.total = { type: 'integer', minimum: 0 };
  beds.properties.nurses = { type: 'integer', minimum: 0 };
  beds.properties.trend = { type: 'string', oneOf: [{ const: 'markedly-improved', title: '明显提升' }, { const: 'flat', title: '持平' }] };
  d.form.i18n = { en: { 'beds.trend.markedly-improved': 'Markedly improved' } };
  d.derived!.push({ id: 'nursesPerBed', title: zh('床护比'), unit: zh('人/床', 'nurses per bed'), decimals: 1, expr: { '/': [{ var: 'beds.nurses' }, { var: 'beds.total' }] } });
  d.criteria.push(
    { id: 'nurse-ratio', section: 'beds', title: zh('床护比'), clause: '一(3)', kind: 'numeric', weight: 5, value: { derived: 'nursesPerBed' }, unit: zh('人/床', 'nurses per bed'), target: { op: '>=', value: 1.6 }, ...ratio },
    { id: 'trend', section: 'beds', title: zh('服务能力变化'), clause: '一(4)', kind: 'info', value: { field: 'beds.trend' } },
  );
  return d;
}

function grade(d: ChecklistDefinition, beds: Record<string, unknown>, id = 'nurse-ratio') {
  const answers = perfectAnswers();
  const result = scoreSubmission(compileChecklist(d), { context, answers: { ...answers, beds: { ...answers.beds, ...beds } }, evidence });
  return result.criteria.find((c) => c.id === id)!;
}

describe('format 1.1: figures read as the plan and the statistics office read them', () => {
  it('a displayed value never contradicts its status: 1.596 nurses per bed', () => {
    // 1.0 grades unrounded: the value is shown with the decimals that make "not met" visible.
    const v10 = grade(withRatio(1), { total: 500, nurses: 798 });
    expect([v10.actual?.text.zh, v10.status, v10.gap?.text.zh]).toEqual(['1.596人/床', 'not-met', '差0.004人/床']);
    // 1.1 grades the reported figure, 1.6, which meets ≥ 1.6.
    const v11 = grade(withRatio(1.1), { total: 500, nurses: 798 });
    expect([v11.actual?.text.zh, v11.status, v11.gap]).toEqual(['1.6人/床', 'met', null]);
  });

  it('rounds a reported figure as a person does: 1.005 to two decimals is 1.01', () => {
    const d = withRatio(1.1, { target: { op: '>=', value: 1.01 } });
    d.derived!.find((x) => x.id === 'nursesPerBed')!.decimals = 2;
    const c = grade(d, { total: 200, nurses: 201 });
    expect([c.actual?.text.zh, c.status]).toEqual(['1.01人/床', 'met']);
  });

  it('shows a ratio as the plan writes it: 实际 1:1.65 against 1:1.6', () => {
    const met = grade(withRatio(1.1, { display: 'ratio' }), { total: 400, nurses: 660 });
    expect([met.actual?.text.zh, met.target?.text.zh, met.target?.text.en, met.status]).toEqual(['1:1.7', '≥ 1:1.6（不低于）', 'at least 1:1.6', 'met']);
    const two = { ...withRatio(1.1, { display: 'ratio' }) };
    two.derived!.find((x) => x.id === 'nursesPerBed')!.decimals = 2;
    const precise = grade(two, { total: 400, nurses: 660 });
    expect(precise.actual?.text.zh).toBe('1:1.65');
    const short = grade(two, { total: 400, nurses: 600 });
    expect([short.actual?.text.zh, short.status, short.gap?.text.zh]).toEqual(['1:1.5', 'not-met', '差0.1人/床']);
  });

  it('an info item on a choice field shows the option label, not its code', () => {
    const trend = grade(withRatio(1.1), { trend: 'markedly-improved' }, 'trend');
    expect(trend.actual?.text).toEqual({ zh: '明显提升', en: 'Markedly improved' });
  });

  it('about has a direction: at least about 55% is met at 60%, at most about is met below', () => {
    const about = (direction: 'around' | 'at-least' | 'at-most', staffCost: number) => {
      const d = { ...sampleDefinition(), format: 1.1 as const };
      d.criteria.find((c) => c.id === 'staff-cost')!.target = { op: 'about', value: 55, tolerance: 3, direction };
      const answers = perfectAnswers();
      answers.quality.staffCost = staffCost;
      return scoreSubmission(compileChecklist(d), { context, answers, evidence }).criteria.find((c) => c.id === 'staff-cost')!;
    };
    expect(about('around', 60).status).toBe('partial');
    expect(about('at-least', 60).status).toBe('met');
    expect(about('at-least', 52).status).toBe('met');
    expect([about('at-least', 50).status, about('at-least', 50).gap?.text.zh]).toEqual(['partial', '差2个百分点']);
    expect(about('at-least', 60).target?.text.zh).toBe('55%左右（不低于52%，高于不限）');
    expect(about('at-most', 40).status).toBe('met');
    expect([about('at-most', 60).status, about('at-most', 60).gap?.text.zh]).toEqual(['partial', '超出2个百分点']);
    expect(about('at-most', 50).target?.text.en).toBe('about 55% or less (at most 58%)');
  });
});

describe('format 1.1 validation', () => {
  const issues = (d: ChecklistDefinition) => {
    const r = validateDefinition(d);
    return r.ok ? [] : r.issues.map((i) => `${i.path} ${i.code}`);
  };

  it('refuses count on a value that can have decimals', () => {
    const d = { ...sampleDefinition(), format: 1.1 as const };
    d.criteria.push({ id: 'cost-count', section: 'quality', title: zh('计数'), clause: '二(9)', kind: 'count', value: { field: 'quality.staffCost' }, target: { op: '>=', value: 1 } });
    d.criteria.push({ id: 'share-count', section: 'quality', title: zh('计数'), clause: '二(9)', kind: 'count', value: { derived: 'surgeryShare' }, target: { op: '>=', value: 1 } });
    expect(issues(d)).toEqual(['/criteria/8/value/field value-type', '/criteria/9/value/derived value-type']);
    // A 1.0 definition keeps validating as it did.
    expect(issues({ ...d, format: 1 })).toEqual([]);
  });

  it('1.1 keys need "format": 1.1; a ratio display is for numeric criteria', () => {
    const d = withRatio(1, { display: 'ratio' });
    d.criteria.find((c) => c.id === 'staff-cost')!.target = { op: 'about', value: 45, tolerance: 3, direction: 'at-least' };
    d.contextRules = [{ when: { context: { type: 'mch' } }, then: { context: { county: 'a' } } }];
    expect(issues(d)).toEqual(expect.arrayContaining(['/contextRules format-version', '/criteria/5/target/direction format-version', '/criteria/8/display format-version']));
    const boolRatio = withRatio(1.1);
    boolRatio.criteria[1]!.display = 'ratio';
    expect(issues(boolRatio)).toEqual(['/criteria/1/display display-kind']);
  });
});
