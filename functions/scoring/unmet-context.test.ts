import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ChecklistDefinition } from '../checklist/definition-schema.js';
import { resolvedDefinition } from '../cli/standard-scales-file.js';
import { compileChecklist } from './compile.js';
import { scoreSubmission } from './score.js';
import { unmetContext } from './unmet-context.js';
import { sampleDefinition } from './fixtures/sample-definition.js';

const haining = compileChecklist(resolvedDefinition(JSON.parse(readFileSync('forms/haining-hospital-2023/checklist.json', 'utf8'))) as ChecklistDefinition);
const renmin = { hospital: 'renmin', institutionType: 'general', grade: '3-b', year: 2023 };

describe('unmetContext', () => {
  it('names the context value that keeps a criterion from applying, and what the criterion asks, in both languages', () => {
    expect(unmetContext(haining, 'tcm-xiashi-branch', renmin)).toEqual([
      { field: 'hospital', label: { zh: '医院', en: 'Hospital' }, actual: { zh: '市人民医院', en: "Haining People's Hospital" }, need: { zh: '市中医院', en: 'Haining TCM Hospital' } },
    ]);
  });

  it('words a year bound, and leaves out the parts of the condition that hold', () => {
    expect(unmetContext(haining, 'renmin-top10', renmin)).toEqual([{ field: 'year', label: { zh: '年度', en: 'Year' }, actual: { zh: '2023', en: '2023' }, need: { zh: '≥ 2025', en: '≥ 2025' } }]);
  });

  it('compares a scale-typed value by its position in the scale, as scoring does', () => {
    // interop-level asks grade ≥ 三级丙等: 二级甲等 is below it, 三级乙等 above.
    const [grade] = unmetContext(haining, 'interop-level', { ...renmin, grade: '2-a', year: 2025 });
    expect(grade).toMatchObject({ field: 'grade', actual: { zh: '二级甲等' } });
    expect(grade!.need.zh).toMatch(/^≥ 三级丙等/);
    expect(unmetContext(haining, 'interop-level', { ...renmin, year: 2025 })).toEqual([]);
  });

  it('words a number with its unit, in English too where the unit is given only in Chinese', () => {
    const d = sampleDefinition();
    d.context.find((f) => f.id === 'population')!.unit = { zh: '万人' };
    d.criteria[0]!.appliesWhen = { context: { population: { gte: 30 } } };
    const [population] = unmetContext(compileChecklist(d), d.criteria[0]!.id, { type: 'general', county: 'a', grade: '2', year: 2025, population: 20 });
    expect(population).toMatchObject({ actual: { zh: '20万人', en: '200,000 people' }, need: { zh: '≥ 30万人', en: '≥ 300,000 people' } });
  });

  it('is empty exactly where scoring finds the criterion applies (the same rule)', () => {
    const contexts = [renmin, { ...renmin, year: 2025 }, { hospital: 'tcm', institutionType: 'tcm', grade: '2-a', year: 2025 }, { hospital: 'kanghua', institutionType: 'general', grade: '2-b', year: 2024 }];
    for (const context of contexts) {
      const result = scoreSubmission(haining, { context, answers: {}, evidence: {} });
      for (const c of result.criteria) {
        const notMet = c.reason === 'condition-not-met';
        expect(unmetContext(haining, c.id, context).length > 0, `${c.id} in ${JSON.stringify(context)}`).toBe(notMet);
      }
    }
  });
});
