import type { SubmissionDigest } from '../../model/submission-digest.js';

/** Where one participant's evaluation of one kind stands: "not started" is the absence of a submission. */
export type Stage = 'not-started' | 'draft' | 'submitted' | 'returned' | 'scored';

/** Every stage, in workflow order (what a progress bar stacks). */
export const STAGES: readonly Stage[] = ['not-started', 'draft', 'submitted', 'returned', 'scored'];

/** The stage of a submission, or `not-started` when there is none. */
export function stageOf(s: SubmissionDigest | undefined): Stage {
  return s ? s.status : 'not-started';
}

/** Zero for every stage: counts start from here so a stage nobody is in still shows as 0. */
export function emptyStageCounts(): Record<Stage, number> {
  return { 'not-started': 0, draft: 0, submitted: 0, returned: 0, scored: 0 };
}
