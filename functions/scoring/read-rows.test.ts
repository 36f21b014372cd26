import { describe, expect, it } from 'vitest';
import { validateDefinition } from '../checklist/validate-definition.js';
import type { ChecklistDefinition, Criterion } from '../checklist/definition-schema.js';
import { compileChecklist } from './compile.js';
import { perfectAnswers, sampleDefinition } from './fixtures/sample-definition.js';
import { scoreSubmission } from './score.js';

const zh = (text: string) => ({ zh: text });

/** The sample checklist with a repeat group of wards and criteria reading inside it. */
function withWards(...criteria: Partial<Criterion>[]): ChecklistDefinition {
  const d = sampleDefinition();
  (d.form.schema as { properties: Record<string, unknown> }).properties.wards = {
    type: 'array',
    items: {
      type: 'object',
      properties: { name: { type: 'string' }, beds: { type: 'integer', minimum: 0 }, area: { type: 'number' }, level: { type: 'string', enum: ['icu', 'general'] }, negativePressure: { type: 'boolean' } },
    },
  };
  criteria.forEach((c, i) => d.criteria.push({ id: `wards-${i}`, section: 'beds', title: zh('病区'), clause: '一(3)', kind: 'count', weight: 5, ...c } as Criterion));
  return d;
}

const wards = [
  { name: '一病区', beds: 12, area: 300.5, level: 'icu', negativePressure: true },
  { name: '二病区', beds: 30, area: 420.25, level: 'general', negativePressure: false },
  { name: '三病区', beds: 8, area: 150, level: 'icu', negativePressure: false },
];

function resultOf(d: ChecklistDefinition, rows: unknown[] | undefined) {
  const answers = { ...perfectAnswers(), ...(rows ? { wards: rows } : {}) };
  const result = scoreSubmission(compileChecklist(d), { context: { type: 'general', county: 'a', grade: '3' }, answers, evidence: { centres: [{ name: 'a.pdf' }] } });
  return result.criteria.filter((c) => c.id.startsWith('wards-'));
}

describe('criteria reading inside a repeat group', () => {
  it('grades the number of rows, the rows meeting a condition, and a column sum', () => {
    const d = withWards(
      { value: { rows: 'wards' }, unit: zh('个'), target: { op: '>=', value: 3 } },
      { value: { rows: 'wards', where: { level: 'icu', negativePressure: true } }, target: { op: '>=', value: 2 } },
      { value: { rows: 'wards', sum: 'beds' }, unit: { zh: '张', en: 'beds' }, target: { op: '>=', value: 50 } },
      { kind: 'numeric', value: { rows: 'wards', where: { level: ['icu'] }, sum: 'area' }, target: { op: 'between', min: 400, max: 500 } },
      { value: { rows: 'wards', where: { beds: { gte: 10 } } }, target: { op: '=', value: 2 } },
    );
    expect(validateDefinition(d)).toMatchObject({ ok: true });
    const [rows, icuNegative, beds, icuArea, bigWards] = resultOf(d, wards);
    expect(rows).toMatchObject({ status: 'met', actual: { value: 3 } });
    expect(icuNegative).toMatchObject({ status: 'not-met', actual: { value: 1 } });
    expect(beds).toMatchObject({ status: 'met', actual: { value: 50, text: { zh: '50张' } } });
    expect(icuArea).toMatchObject({ status: 'met', actual: { value: 450.5 } });
    expect(bigWards).toMatchObject({ status: 'met', actual: { value: 2 } });
  });

  it('an unanswered group is missing, an empty one has 0 rows, and a blank summed cell makes the sum unknown', () => {
    const d = withWards({ value: { rows: 'wards' }, target: { op: '>=', value: 1 } }, { value: { rows: 'wards', sum: 'beds' }, target: { op: '>=', value: 1 } });
    expect(resultOf(d, undefined).map((c) => c.status)).toEqual(['missing', 'missing']);
    expect(resultOf(d, []).map((c) => [c.status, c.actual?.value])).toEqual([['not-met', 0], ['not-met', 0]]);
    expect(resultOf(d, [{ name: 'x', beds: 5 }, { name: 'y' }]).map((c) => c.status)).toEqual(['met', 'missing']);
  });

  it('refuses references to a field that is not a repeat group, unknown columns, options and non-number sums', () => {
    const d = withWards(
      { value: { rows: 'beds.infectious', where: { a: 1 } }, target: { op: '>=', value: 1 } },
      { value: { rows: 'wards', where: { levle: 'icu' } }, target: { op: '>=', value: 1 } },
      { value: { rows: 'wards', where: { level: 'ICU' } }, target: { op: '>=', value: 1 } },
      { value: { rows: 'wards', sum: 'area' }, target: { op: '>=', value: 1 } },
      { value: { rows: 'wards', sum: 'name' }, kind: 'numeric', target: { op: '>=', value: 1 } },
      { value: { rows: 'wards' }, kind: 'boolean', target: { equals: true } },
    );
    const result = validateDefinition(d);
    const issues = result.ok ? [] : result.issues.map((i) => [i.path, i.code]);
    expect(issues).toEqual([
      ['/criteria/8/value/rows', 'rows-field'],
      ['/criteria/9/value/where/levle', 'unknown-column'],
      ['/criteria/10/value/where/level', 'unknown-value'],
      ['/criteria/11/value/sum', 'column-type'],
      ['/criteria/12/value/sum', 'column-type'],
      ['/criteria/13/value', 'rows-kind'],
    ]);
  });
});
