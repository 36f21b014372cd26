import type { CompiledChecklist, ScoreResult } from '../../lib/engine.js';
import type { Draft } from './live-score.js';

/** Something that blocks submitting, with the field it is about (for the link). */
export interface Problem {
  kind: 'required' | 'answer' | 'inconsistent' | 'evidence' | 'context';
  /** Answer path (`facilities.beds`), or a context field id for `context`. */
  field: string;
  code: string;
  /** The engine's own message (Chinese first for contradictions; Ajv's words otherwise). */
  message: string;
  /** For an answer the schema refuses: the bound or type it broke (`limit`, `type`), for the reader's words. */
  params?: Record<string, unknown>;
  criterionId?: string;
}

const pointerToPath = (pointer: string) => pointer.replace(/^\//, '').split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')).join('.');

/**
 * Everything the server would refuse a submit for, found in the browser by the same engine:
 * answers against the form's schema, contradicting answers, evidence a criterion requires,
 * and context problems.
 */
export function findProblems(compiled: CompiledChecklist, draft: Draft, result: ScoreResult): Problem[] {
  const problems: Problem[] = [];
  for (const issue of compiled.validateAnswers(draft.answers)) {
    const kind = issue.code === 'answer-required' ? 'required' : issue.code === 'answer-inconsistent' ? 'inconsistent' : 'answer';
    problems.push({ kind, field: pointerToPath(issue.path), code: issue.code, message: issue.message, ...(issue.params && { params: issue.params }) });
  }
  for (const c of result.criteria) {
    // The answer meets the target but the required attachment is missing: the one case evidence blocks.
    if (c.reason === 'evidence-missing') {
      problems.push({ kind: 'evidence', field: '', code: 'evidence-missing', message: '', criterionId: c.id });
    }
  }
  for (const issue of compiled.validateContext(draft.context)) {
    problems.push({ kind: 'context', field: pointerToPath(issue.path), code: issue.code, message: issue.message });
  }
  return problems;
}
