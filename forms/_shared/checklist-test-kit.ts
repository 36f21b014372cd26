import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { compileChecklist } from '../../functions/scoring/compile.js';
import { scoreSubmission } from '../../functions/scoring/score.js';
import type { CriterionResult, ScoreResult, Submission } from '../../functions/scoring/result-types.js';
import { resolvedDefinition } from '../../functions/cli/standard-scales-file.js';

export { resolvedDefinition };

/** Answers to replace in a sample, section by section: `{ section: { field: value } }`. */
export type AnswerChanges = Record<string, Record<string, unknown>>;

/**
 * The setup every `forms/<folder>/checklist.test.ts` shares: the folder's checklist, compiled, its samples,
 * and scoring that first checks the submission fits its own form and context.
 *
 * @param folder - the checklist folder, as `new URL('./', import.meta.url)` from its test file
 */
export function checklistKit(folder: URL) {
  const readJson = (path: string): unknown => JSON.parse(readFileSync(new URL(path, folder), 'utf8'));
  const definition = resolvedDefinition(readJson('checklist.json'));
  const compiled = compileChecklist(definition);

  /** The sample `samples/<name>.json`, freshly read (callers may change it). */
  const sample = (name: string): Submission => readJson(`samples/${name}.json`) as Submission;

  /** The named sample with some context switched and some answers replaced (a shallow merge per section). */
  function sampleWith(name: string, context: Submission['context'] = {}, answers: AnswerChanges = {}): Submission {
    const s = sample(name);
    const merged: Record<string, unknown> = { ...s.answers };
    for (const [section, values] of Object.entries(answers)) merged[section] = { ...(s.answers[section] as object), ...values };
    return { ...s, context: { ...s.context, ...context }, answers: merged };
  }

  /** Scores a submission after checking it fits the form and the context fields of this checklist. */
  function scoreOf(submission: Submission): ScoreResult {
    // A sample that does not fit its own form or context would make the golden figures meaningless.
    expect(compiled.validateContext(submission.context)).toEqual([]);
    expect(compiled.validateAnswers(submission.answers)).toEqual([]);
    return scoreSubmission(compiled, submission);
  }

  /** Scores the named sample, optionally with context and answers changed as in {@link sampleWith}. */
  const scoreSample = (name: string, context: Submission['context'] = {}, answers: AnswerChanges = {}): ScoreResult =>
    scoreOf(sampleWith(name, context, answers));

  /** The result for one criterion; throws when the result has no such criterion. */
  function criterion(result: ScoreResult, id: string): CriterionResult {
    const found = result.criteria.find((c) => c.id === id);
    if (!found) throw new Error(`no criterion ${id}`);
    return found;
  }

  /** The status of one criterion; throws when the result has no such criterion. */
  const status = (result: ScoreResult, id: string) => criterion(result, id).status;

  return { definition, compiled, readJson, sample, sampleWith, scoreOf, scoreSample, criterion, status };
}

/** Everything {@link checklistKit} returns. */
export type ChecklistKit = ReturnType<typeof checklistKit>;
