import { score, type CompiledChecklist, type EvidenceRef, type ScoreResult } from '../../lib/published-engine.js';

/** What the browser holds while the form is filled: the same three parts the server scores. */
export interface Draft {
  context: Record<string, string | number | undefined>;
  answers: Record<string, unknown>;
  evidence: Record<string, EvidenceRef[]>;
}

/**
 * The live preview: the engine the scorer Lambda runs, fed exactly what the scorer feeds it
 * (normalized context, answers, evidence), so the preview and the server's score agree. The
 * input hash is left out (`inputHash` is `''`): nothing on the form shows it, and hashing on every
 * keystroke would cost more than grading (`digestInputHash` gives it natively when wanted).
 */
export function previewScore(compiled: CompiledChecklist, draft: Draft): ScoreResult {
  const refused = refusedAnswers(compiled, draft.answers);
  // A value the server would refuse to store (a negative count) is not an answer yet: its criterion
  // stays to be filled rather than scoring as met on a number that will never be saved.
  const answers = refused.length ? withoutPaths(draft.answers, refused.map((i) => i.path)) : draft.answers;
  return score(compiled, { context: compiled.normalizeContext(draft.context), answers, evidence: draft.evidence }, { hash: false });
}

/** The issues for which the server would refuse to store the answers even in a draft (wrong type, below a minimum, unknown key). */
export function refusedAnswers(compiled: CompiledChecklist, answers: Record<string, unknown>) {
  return compiled.validateAnswers(answers).filter((i) => i.code !== 'answer-required' && i.code !== 'answer-inconsistent');
}

/** Whether the server would refuse to store these answers: autosave then waits for a correction. */
export const unsavable = (compiled: CompiledChecklist, answers: Record<string, unknown>) => refusedAnswers(compiled, answers).length > 0;

/** A copy of `answers` without the values at the JSON Pointers given (the root pointer: all of them). */
function withoutPaths(answers: Record<string, unknown>, pointers: string[]): Record<string, unknown> {
  const out = structuredClone(answers);
  for (const pointer of pointers) {
    const keys = pointer.split('/').slice(1).map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'));
    if (!keys.length || keys[0] === '') return {};
    let node: unknown = out;
    for (const key of keys.slice(0, -1)) node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined;
    if (typeof node === 'object' && node !== null) delete (node as Record<string, unknown>)[keys.at(-1)!];
  }
  return out;
}
