import { describe, expect, it } from 'vitest';
import { compileChecklist } from './compile.js';
import { gradeSubmission } from './grade-submission.js';
import { gradingPlan } from './grading-plan.js';
import { perfectAnswers, sampleDefinition } from './fixtures/sample-definition.js';
import { scoreSubmission } from './score.js';
import { resultOf } from './score-result.js';

const compiled = compileChecklist(sampleDefinition());
const context = { type: 'general', county: 'a', grade: '2', year: 2025, round: 'final' };
const evidence = { centres: [{ name: '认证证书.pdf' }] };

describe('gradeSubmission', () => {
  it('decides what the result reports, and the words change none of it', () => {
    const answers = perfectAnswers();
    answers.beds.infectious = 10;
    answers.quality.centres = ['chest'];
    const grading = gradeSubmission(compiled, { context, answers, evidence: {} });
    const result = scoreSubmission(compiled, { context, answers, evidence: {} });
    expect(grading.statuses).toEqual(result.criteria.map((c) => c.status));
    expect(grading.points).toEqual(result.criteria.map((c) => c.points));
    expect([grading.total, grading.band?.id, grading.bandBeforeVeto?.id, grading.vetoHits]).toEqual([result.total, result.band?.id, result.bandBeforeVeto?.id, result.vetoHits]);
    expect(grading.statuses).toContain('not-met');
    expect(resultOf(compiled, grading, result.inputHash)).toEqual(result);
  });

  it('prepares a checklist version once, on its first score', () => {
    gradeSubmission(compiled, { context, answers: perfectAnswers(), evidence });
    const plan = gradingPlan(compiled);
    gradeSubmission(compiled, { context: { ...context, county: 'b' }, answers: {}, evidence });
    expect(gradingPlan(compiled)).toBe(plan);
    expect(gradingPlan(compileChecklist(sampleDefinition()))).not.toBe(plan);
  });
});
