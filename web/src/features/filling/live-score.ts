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
  return score(compiled, { context: compiled.normalizeContext(draft.context), answers: draft.answers, evidence: draft.evidence }, { hash: false });
}
