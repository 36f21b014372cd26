import { describe, expect, it } from 'vitest';
import { compile, type Submission } from '../../lib/engine.js';
import { previewScore, type Draft } from './live-score.js';
import { repoChecklists } from './repo-checklists.test-helper.js';
import { findProblems } from './problems.js';

const definition = Object.entries(repoChecklists).find(([path]) => path.includes('/haining-hospital-2023/'))![1];
const sample = Object.values(import.meta.glob<Submission>('../../../../forms/haining-hospital-2023/samples/renmin-2025-all-met.json', { eager: true, import: 'default' }))[0]!;
const compiled = compile(definition);
const problemsOf = (draft: Draft) => findProblems(compiled, draft, previewScore(compiled, draft));

describe('findProblems (what blocks Submit)', () => {
  it('finds nothing in a complete submission with its evidence', () => {
    expect(problemsOf({ context: sample.context, answers: sample.answers, evidence: sample.evidence ?? {} })).toEqual([]);
  });

  it('names each criterion whose answer meets the target but lacks its required attachment', () => {
    const problems = problemsOf({ context: sample.context, answers: sample.answers, evidence: {} });
    const missing = problems.filter((p) => p.kind === 'evidence').map((p) => p.criterionId);
    expect(missing.length).toBeGreaterThan(0);
    expect(missing.sort()).toEqual(Object.keys(sample.evidence ?? {}).filter((id) => definition.criteria.find((c) => c.id === id)?.evidence?.required).sort());
  });

  it('reports answers that contradict each other and values the form refuses, at their field', () => {
    const answers = { ...sample.answers, technology: { ...(sample.answers.technology as object), discharges: 100, surgeries: 500 }, facilities: { ...(sample.answers.facilities as object), beds: -1 } };
    const problems = problemsOf({ context: sample.context, answers, evidence: sample.evidence ?? {} });
    expect(problems.find((p) => p.kind === 'inconsistent')?.field).toMatch(/^technology\./);
    expect(problems.find((p) => p.kind === 'answer')?.field).toBe('facilities.beds');
  });
});
