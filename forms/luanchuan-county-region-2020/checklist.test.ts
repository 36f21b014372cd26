import { describe, expect, it } from 'vitest';
import { validateDefinition } from '../../functions/checklist/validate-definition.js';
import { scoreSubmission } from '../../functions/scoring/score.js';
import { checklistKit } from '../_shared/checklist-test-kit.js';
import type { ScoreResult, Submission } from '../../functions/scoring/result-types.js';

const { definition, compiled, sample, sampleWith, criterion, status: statusOf } = checklistKit(new URL('./', import.meta.url));
const samples = [
  'all-met-final-2020', 'broad-failure-final-2020', 'midterm-on-track-2020', 'midterm-on-track-final-2020',
  'midterm-on-track-annual-2021', 'no-alliance-plan-baseline-2020', 'no-alliance-plan-midterm-2020',
];
/** Context-switching pairs: each sample file repeats its partner's answers and evidence under another context. */
const pairs: [string, string][] = [
  ['midterm-on-track-final-2020', 'midterm-on-track-2020'],
  ['midterm-on-track-annual-2021', 'midterm-on-track-2020'],
  ['no-alliance-plan-baseline-2020', 'no-alliance-plan-midterm-2020'],
];

/** Scores a sample, optionally in another context or with answers changed (a shallow merge per section); the samples are checked once, in 'validates'. */
function score(name: string, context: Submission['context'] = {}, answers: Record<string, Record<string, unknown>> = {}): ScoreResult {
  const changed = sampleWith(name, context, answers);
  return scoreSubmission(compiled, { ...changed, evidence: changed.evidence ?? {} });
}
const inCounty = (inside: number, outside: number) =>
  criterion(score('all-met-final-2020', {}, { goals: { inpatientsInCounty: inside, inpatientsOutside: outside } }), 'in-county-rate');

describe('luanchuan-county-region-2020', () => {
  it('validates, with every sample matching the form schema', () => {
    const result = validateDefinition(definition);
    expect(result.ok ? [] : result.issues).toEqual([]);
    expect(compiled.definition.subject).toBe('region');
    for (const name of samples) {
      expect(compiled.validateAnswers(sample(name).answers)).toEqual([]);
      expect(compiled.validateContext(sample(name).context)).toEqual([]);
    }
  });

  it('pairs sample files that differ only in their context, so each switch of round or year is on file', () => {
    for (const [switched, partner] of pairs) {
      const { context, ...rest } = sample(switched);
      const { context: partnerContext, ...partnerRest } = sample(partner);
      expect(rest, switched).toEqual(partnerRest);
      expect(context, switched).not.toEqual(partnerContext);
    }
  });

  it('a county meeting every target at the December assessment is 优秀', () => {
    const result = score('all-met-final-2020');
    expect(result.total).toBe(100);
    expect(result.band?.label.zh).toBe('优秀');
    expect(result.vetoHits).toEqual([]);
    expect(result.counts).toMatchObject({ met: 11, 'not-met': 0, 'not-applicable': 0, missing: 0, info: 5 });
    expect(criterion(result, 'in-county-rate').actual?.value).toBe(91.2);
    // "达到90%左右" as the plan writes it, one-sided (format 1.1 about, direction at-least).
    expect(criterion(result, 'in-county-rate').target?.text.zh).toBe('90%左右（不低于88%，高于不限）');
  });

  it('a county failing broadly is 不合格, and a leading group without its founding document does not count', () => {
    const result = score('broad-failure-final-2020');
    expect(result.total).toBe(14.3);
    expect(result.band?.label.zh).toBe('不合格');
    expect(criterion(result, 'in-county-rate')).toMatchObject({ status: 'not-met', actual: { value: 78 }, gap: { amount: 10 } });
    expect(criterion(result, 'leading-group')).toMatchObject({ status: 'not-met', reason: 'evidence-missing' });
    expect(criterion(result, 'seven-unified').gap?.missingItems).toEqual(['administration', 'personnel', 'finance', 'information', 'performance', 'drugs-devices']);
    expect(criterion(result, 'alliance-townships')).toMatchObject({ status: 'partial', actual: { value: 28.6 } });
  });

  it('in June only the May medical-community plan and the standing organisation are graded', () => {
    const result = score('midterm-on-track-2020');
    expect(result.total).toBe(100);
    expect(result.band?.label.zh).toBe('优秀');
    expect(statusOf(result, 'alliance-plan')).toBe('met');
    for (const id of ['alliance-launch', 'alliance-policies', 'seven-unified', 'in-county-rate', 'midterm-review']) {
      expect(statusOf(result, id)).toBe('not-applicable');
    }
  });

  it('the same county in December: launch (9月底), policies (11月底) and coverage now count', () => {
    const result = score('midterm-on-track-final-2020');
    expect(result.total).toBe(44.5);
    expect(result.band?.label.zh).toBe('不合格');
    expect(statusOf(result, 'alliance-launch')).toBe('not-met');
    expect(statusOf(result, 'alliance-policies')).toBe('not-met');
    expect(statusOf(result, 'midterm-review')).toBe('not-met');
  });

  it('the May plan is not yet due at the April baseline but is from the mid-term on', () => {
    expect(statusOf(score('no-alliance-plan-baseline-2020'), 'alliance-plan')).toBe('not-applicable');
    expect(statusOf(score('no-alliance-plan-midterm-2020'), 'alliance-plan')).toBe('not-met');
    // April grades the year-end rate to show the gap (87.4%: partial); June does not.
    expect(criterion(score('no-alliance-plan-baseline-2020'), 'in-county-rate')).toMatchObject({ status: 'partial', actual: { value: 87.4 } });
    expect(statusOf(score('no-alliance-plan-midterm-2020'), 'in-county-rate')).toBe('not-applicable');
  });

  it('the mid-term review is checked once its window has passed: December 2020, or any round after 2020', () => {
    expect(statusOf(score('midterm-on-track-2020'), 'midterm-review')).toBe('not-applicable');
    expect(statusOf(score('midterm-on-track-final-2020'), 'midterm-review')).toBe('not-met');
    const later = score('midterm-on-track-annual-2021');
    expect(statusOf(later, 'midterm-review')).toBe('not-met');
    // Every deadline has passed in 2021, so its annual round grades what December 2020 did.
    expect(later.counts['not-applicable']).toBe(0);
    expect(later.total).toBe(44.5);
  });

  it('in-county treatment rate "90%左右": 88% and above meets, 80–88% earns part, below 80% nothing', () => {
    expect(inCounty(89, 11)).toMatchObject({ status: 'met', actual: { value: 89 } });
    expect(inCounty(96, 4)).toMatchObject({ status: 'met', actual: { value: 96 } });
    expect(inCounty(88, 12)).toMatchObject({ status: 'met' });
    expect(inCounty(84, 16)).toMatchObject({ status: 'partial', points: 10, gap: { amount: 4 } });
    expect(inCounty(79, 21)).toMatchObject({ status: 'not-met', points: 0 });
    expect(inCounty(100, 0)).toMatchObject({ status: 'met' });
    // The reading of "左右" travels with the result, so the 88% line is never unexplained.
    expect(inCounty(89, 11).target?.note?.zh).toContain('90%左右');
  });
});
