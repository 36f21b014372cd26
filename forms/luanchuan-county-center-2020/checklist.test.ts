import { describe, expect, it } from 'vitest';
import { validateDefinition } from '../../functions/checklist/validate-definition.js';
import { scoreSubmission } from '../../functions/scoring/score.js';
import { checklistKit } from '../_shared/checklist-test-kit.js';
import type { ScoreResult, Submission } from '../../functions/scoring/result-types.js';

const { definition, compiled, sample, sampleWith, criterion, status: statusOf } = checklistKit(new URL('./', import.meta.url));
const samples = [
  'all-met-final-2020', 'all-met-baseline-2020', 'broad-failure-final-2020',
  'midterm-on-track-2020', 'midterm-on-track-final-2020', 'midterm-on-track-annual-2021',
];
/** Context-switching pairs: each sample file repeats its partner's answers and evidence under another context. */
const pairs: [string, string][] = [
  ['all-met-baseline-2020', 'all-met-final-2020'],
  ['midterm-on-track-final-2020', 'midterm-on-track-2020'],
  ['midterm-on-track-annual-2021', 'midterm-on-track-2020'],
];

/** Scores a sample, optionally in another context or with answers changed (a shallow merge per section); the samples are checked once, in 'validates'. */
function score(name: string, context: Submission['context'] = {}, answers: Record<string, Record<string, unknown>> = {}, evidence?: Submission['evidence']): ScoreResult {
  const changed = sampleWith(name, context, answers);
  return scoreSubmission(compiled, { ...changed, evidence: evidence ?? changed.evidence ?? {} });
}

describe('luanchuan-county-center-2020 definition', () => {
  it('validates, with every sample answer set matching the form schema', () => {
    const result = validateDefinition(definition);
    expect(result.ok ? [] : result.issues).toEqual([]);
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

  it('keeps the plan’s vague aims as info items without points', () => {
    const infos = compiled.definition.criteria.filter((c) => c.kind === 'info');
    expect(infos.map((c) => c.id)).toEqual(expect.arrayContaining(['tertiary-level', 'upper-support-share', 'training-bases', 'third-toilet', 'quality-homogeneity', 'modern-governance']));
    expect(infos.every((c) => c.weight === undefined && c.target === undefined)).toBe(true);
  });
});

describe('luanchuan-county-center-2020 samples', () => {
  it('a hospital meeting everything at the December assessment is 优秀 with 100 points', () => {
    const result = score('all-met-final-2020');
    expect(result.total).toBe(100);
    expect(result.band?.label.zh).toBe('优秀');
    expect(result.vetoHits).toEqual([]);
    expect(result.complete).toBe(true);
    expect(result.counts).toMatchObject({ met: 39, partial: 0, 'not-met': 0, 'not-applicable': 0, missing: 0, info: 23 });
  });

  it('a hospital failing broadly is 不合格 with the gaps spelled out', () => {
    const result = score('broad-failure-final-2020');
    expect(result.total).toBe(19.2);
    expect(result.band?.label.zh).toBe('不合格');
    expect(result.counts).toMatchObject({ met: 2, partial: 14, 'not-met': 23 });
    expect(criterion(result, 'emr-level').gap?.text.zh).toBe('差2级');
    expect(criterion(result, 'capability-recommended').status).toBe('not-met');
    expect(criterion(result, 'weak-specialties').gap?.missingItems).toEqual(['psychiatry', 'geriatrics', 'rehabilitation', 'infectious']);
    expect(criterion(result, 'imaging-groups').gap?.missingItems).toEqual(['mri']);
    expect(criterion(result, 'core-departments').gap?.missingItems).toEqual(['blood-purification', 'icu']);
    // 12 of 30 heads qualified: 40%, 60 points short of every head.
    expect(criterion(result, 'head-title')).toMatchObject({ status: 'partial', points: 3.2, actual: { value: 40 }, gap: { amount: 60 } });
    // Minimally invasive share fell from 20% to 19%.
    expect(criterion(result, 'minimally-invasive-share')).toMatchObject({ status: 'not-met', actual: { value: -1 } });
  });
});

describe('luanchuan-county-center-2020 timeline (四 工作步骤)', () => {
  it('at the June mid-term review only work already due is graded', () => {
    const result = score('midterm-on-track-2020');
    expect(result.total).toBe(100);
    expect(result.band?.label.zh).toBe('优秀');
    expect(result.counts['not-applicable']).toBe(26);
    expect(criterion(result, 'emr-level')).toMatchObject({ status: 'not-applicable', reason: 'condition-not-met', actual: { value: '2' } });
    expect(statusOf(result, 'detailed-plans')).toBe('met');
    expect(statusOf(result, 'weekly-report')).toBe('met');
  });

  it('the same hospital at the December assessment is graded on every year-end target', () => {
    const result = score('midterm-on-track-final-2020');
    expect(result.total).toBe(67.7);
    expect(result.band?.label.zh).toBe('合格');
    expect(result.counts['not-applicable']).toBe(0);
    expect(criterion(result, 'emr-level')).toMatchObject({ status: 'not-met', gap: { amount: 1 } });
    expect(criterion(result, 'capability-recommended')).toMatchObject({ status: 'partial', points: 5 });
  });

  it('after 2020 the year-end deadline has passed, so EMR ≥ 3 applies at an annual round too', () => {
    const rated = { 'emr-level': [{ name: '电子病历4级评价结果.pdf' }] };
    expect(statusOf(score('midterm-on-track-2020'), 'emr-level')).toBe('not-applicable');
    const later = score('midterm-on-track-annual-2021');
    expect(criterion(later, 'emr-level')).toMatchObject({ status: 'not-met', gap: { amount: 1 } });
    // Every year-end target applies in 2021, so the 2021 annual round scores like the December 2020 one.
    expect(later.counts['not-applicable']).toBe(0);
    expect(later.total).toBe(67.7);
    expect(statusOf(score('midterm-on-track-annual-2021', {}, { informatization: { emrLevel: '4' } }, rated), 'emr-level')).toBe('met');
  });

  it('the baseline survey measures year-end targets but not the planning-stage deliverables', () => {
    const baseline = score('all-met-baseline-2020');
    // Exactly the deliverables due from the mid-term review on are left out in April; everything else is measured.
    expect(baseline.criteria.filter((c) => c.status === 'not-applicable').map((c) => c.id)).toEqual([
      'department-survey', 'talent-plan', 'equal-swap', 'key-specialty-plan', 'it-plan', 'detailed-plans', 'weekly-report', 'leadership-mechanism',
    ]);
    expect(baseline.counts).toMatchObject({ met: 31, 'not-met': 0 });
    expect(baseline.total).toBe(100);
    expect(statusOf(baseline, 'emr-level')).toBe('met');
    expect(statusOf(baseline, 'weak-specialties')).toBe('met');
    for (const id of ['detailed-plans', 'weekly-report', 'leadership-mechanism', 'talent-plan', 'department-survey']) {
      expect(statusOf(baseline, id)).toBe('not-applicable');
      expect(statusOf(score('all-met-final-2020', { round: 'annual' }), id)).toBe('met');
    }
  });

  it('standing rules (department heads, core quality rules) apply in every round', () => {
    for (const round of ['baseline', 'annual', 'final']) {
      const result = score('midterm-on-track-2020', { round }, { discipline: { headsQualified: 27 } });
      expect(criterion(result, 'head-title')).toMatchObject({ status: 'partial', points: 7.2, actual: { value: 90 }, gap: { amount: 10 } });
      expect(statusOf(result, 'core-systems')).toBe('met');
    }
  });
});

describe('luanchuan-county-center-2020 rules', () => {
  it('an EMR level without the rating document does not count', () => {
    const result = score('all-met-final-2020', {}, {}, {});
    expect(criterion(result, 'emr-level')).toMatchObject({ status: 'not-met', reason: 'evidence-missing', points: 0 });
    expect(result.total).toBe(93.8);
  });

  it('EMR "3级以上" includes level 3 itself', () => {
    expect(statusOf(score('all-met-final-2020', {}, { informatization: { emrLevel: '3' } }), 'emr-level')).toBe('met');
    expect(statusOf(score('all-met-final-2020', {}, { informatization: { emrLevel: '2' } }), 'emr-level')).toBe('not-met');
  });

  it('department heads: every head must hold 副主任医师 or higher; no heads counted means no answer', () => {
    expect(statusOf(score('all-met-final-2020', {}, { discipline: { headsQualified: 29 } }), 'head-title')).toBe('partial');
    expect(statusOf(score('all-met-final-2020', {}, { discipline: { headsTotal: 0, headsQualified: 0 } }), 'head-title')).toBe('missing');
    // A typo (more qualified heads than heads) gives no share rather than a share above 100%.
    expect(criterion(score('all-met-final-2020', {}, { discipline: { headsQualified: 31 } }), 'head-title')).toMatchObject({ status: 'missing', actual: null });
  });

  it('a minimally invasive share that merely holds steady is not an increase', () => {
    const flat = score('all-met-final-2020', {}, { specialty: { surgeriesCurrent: 6200, minimallyInvasiveCurrent: 1240 } });
    expect(criterion(flat, 'minimally-invasive-share')).toMatchObject({ status: 'not-met', actual: { value: 0 } });
  });

  it('the basic standard earns half the capability points; the recommended standard all of them', () => {
    expect(criterion(score('all-met-final-2020', {}, { goals: { capabilityStandard: 'basic' } }), 'capability-recommended')).toMatchObject({ status: 'partial', points: 5 });
    expect(criterion(score('all-met-final-2020'), 'capability-recommended')).toMatchObject({ status: 'met', points: 10 });
  });
});
