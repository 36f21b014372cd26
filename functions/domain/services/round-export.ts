import type { CriterionResult } from '../../scoring/result-types.js';
import { participantOf, type Participant } from '../model/participant.js';
import type { Submission, SubmissionKind } from '../model/submission.js';
import type { RoundResults } from './round-results.js';

/** A graded criterion as an export lists it: the full engine result, or only status and points when that is gone. */
export type CriterionFact = Pick<CriterionResult, 'id' | 'status' | 'points' | 'maxPoints'> & Partial<CriterionResult>;

/** One scored submission's graded criteria, with what produced them. */
export interface SubmissionFacts {
  submissionId: string;
  /** Whom the submission evaluates (an institution, or a region in a region round). */
  participant: Participant;
  /** `participant.id` when an institution: kept for readers that predate region rounds. */
  institutionId?: string;
  kind: SubmissionKind;
  checklistVersion: number;
  engineVersion: string;
  criteria: CriterionFact[];
}

/** Round results plus, per scored submission and criterion, the actual value, target and gap. */
export interface RoundExport extends RoundResults {
  facts: SubmissionFacts[];
}

const KIND_ORDER: SubmissionKind[] = ['self', 'expert'];

/**
 * The facts of each scored submission, participant by participant (the round's order), self before
 * expert. `full` holds the stored engine results by submission id; a submission whose result is
 * missing falls back to its summary, so the export still shows status and points rather than a hole.
 */
export function collectFacts(results: RoundResults, submissions: Submission[], full: Map<string, CriterionResult[]>): SubmissionFacts[] {
  const facts: SubmissionFacts[] = [];
  const rows: Participant[] = [
    ...results.institutions.map((r) => ({ type: 'institution' as const, id: r.institutionId })),
    ...results.regions.map((r) => ({ type: 'region' as const, id: r.regionId })),
  ];
  for (const row of rows) {
    for (const kind of KIND_ORDER) {
      const s = submissions.find((x) => x.kind === kind && participantOf(x).type === row.type && participantOf(x).id === row.id);
      if (!s || s.status !== 'scored' || !s.score) continue;
      facts.push({
        submissionId: s.id,
        participant: row,
        ...(row.type === 'institution' ? { institutionId: row.id } : {}),
        kind,
        checklistVersion: s.score.checklistVersion,
        engineVersion: s.score.engineVersion,
        criteria: full.get(s.id) ?? s.score.criteria.map((c) => ({ ...c, status: c.status as CriterionResult['status'] })),
      });
    }
  }
  return facts;
}
