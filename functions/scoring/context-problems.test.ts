import { describe, expect, it } from 'vitest';
import { validateDefinition } from '../checklist/validate-definition.js';
import { compileChecklist } from './compile.js';
import { perfectAnswers, sampleDefinition } from './fixtures/sample-definition.js';
import { scoreSubmission } from './score.js';

/** The sample, with population required for MCH institutions and county b's hospital in county b. */
function withRules() {
  const d = { ...sampleDefinition(), format: 1.1 as const };
  d.context.find((f) => f.id === 'population')!.requiredWhen = { context: { type: 'mch' } };
  d.context.push({ id: 'hospital', label: { zh: '医院', en: 'Hospital' }, kind: 'enum', options: [{ value: 'b-people', label: { zh: '乙县人民医院', en: 'County B People\'s Hospital' } }, { value: 'other', label: { zh: '其他' } }] });
  d.contextRules = [{ when: { context: { hospital: 'b-people' } }, then: { context: { county: 'b' } } }];
  return compileChecklist(d);
}

const evidence = { centres: [{ name: '证书.pdf' }] };
const good = { type: 'general', county: 'a', grade: '2', year: 2025, round: 'final' };
const score = (context: Record<string, string | number>) => scoreSubmission(withRules(), { context, answers: perfectAnswers(), evidence });

describe('context that cannot be scored is refused, not scored as 不适用', () => {
  it('a well-formed context scores as before, with no problems listed', () => {
    const r = score(good);
    expect([r.total, r.band?.label.zh, r.complete, r.contextProblems]).toEqual([100, '优秀', true, undefined]);
  });

  it.each([
    ['an MCH institution without its population', { ...good, type: 'mch' }, '/population', 'context-required'],
    ['a misspelt county', { ...good, county: 'aa' }, '/county', 'context-value'],
    ['a population that is not a number', { ...good, population: 'many' }, '/population', 'context-type'],
    ['a named county-B hospital placed in county A', { ...good, hospital: 'b-people' }, '/county', 'context-conflict'],
  ])('%s: no total, no band, not complete, and the problem listed', (_name, context, path, code) => {
    const r = score(context);
    expect(r.total).toBeNull();
    expect(r.band).toBeNull();
    expect(r.complete).toBe(false);
    expect(r.contextProblems).toEqual([expect.objectContaining({ path, code })]);
  });

  it('a broken rule names both sides in words', () => {
    const [problem] = score({ ...good, hospital: 'b-people' }).contextProblems!;
    expect(problem!.message).toContain('医院 = 乙县人民医院 时，应 县 = 乙县');
  });

  it('a field a rule needs but nobody gave is missing, not contradictory, and reported once', () => {
    const { county: _county, ...noCounty } = good;
    expect(score({ ...noCounty, hospital: 'b-people' }).contextProblems).toEqual([expect.objectContaining({ path: '/county', code: 'context-required' })]);
    const d = { ...sampleDefinition(), format: 1.1 as const };
    d.context.find((f) => f.id === 'county')!.required = true;
    d.contextRules = [{ when: { context: { type: 'mch' } }, then: { context: { county: 'b' } } }];
    const r = scoreSubmission(compileChecklist(d), { context: { ...noCounty, type: 'mch' }, answers: perfectAnswers(), evidence });
    expect(r.contextProblems?.map((p) => p.code)).toEqual(['context-required']);
  });

  it('validation refuses rules on undeclared fields or options, or on answers', () => {
    const d = { ...sampleDefinition(), format: 1.1 as const };
    d.contextRules = [
      { when: { context: { hospital: 'x' } }, then: { context: { county: 'c' } } },
      { when: { values: { 'beds.feverClinic': true } }, then: { context: { county: 'a' } }, message: { zh: '说明' } },
    ];
    const result = validateDefinition(d);
    const found = result.ok ? [] : result.issues.map((i) => `${i.path} ${i.code}`);
    expect(found).toEqual(expect.arrayContaining([
      '/contextRules/0/when/context/hospital unknown-context',
      '/contextRules/0/then/context/county unknown-value',
      '/contextRules/1/when context-condition',
    ]));
  });
});
