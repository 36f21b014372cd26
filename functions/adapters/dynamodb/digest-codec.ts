import type { SubmissionDigest } from '../../domain/model/submission-digest.js';
import type { ScoreSummary } from '../../domain/model/submission.js';

/** A score summary's criteria as columns: ids, statuses and points once per column, not once per criterion. */
interface PackedCriteria {
  ids: string[];
  statuses: string[];
  points: number[];
  maxPoints: number[];
}

type Packed = Omit<SubmissionDigest, 'score'> & { score?: Omit<ScoreSummary, 'criteria'> & { criteria: PackedCriteria } };

/**
 * The `digest` attribute of a submission item: its digest as JSON, criteria packed as columns
 * (a Haining score is 61 criteria: about 1.5 KB instead of 4). Written with every Put of the
 * submission, so it can never disagree with `data`; read by S2d, which projects only it.
 */
export function packDigest(d: SubmissionDigest): string {
  if (!d.score) return JSON.stringify(d);
  const { criteria, ...score } = d.score;
  const packed: Packed = {
    ...d,
    score: { ...score, criteria: { ids: criteria.map((c) => c.id), statuses: criteria.map((c) => c.status), points: criteria.map((c) => c.points), maxPoints: criteria.map((c) => c.maxPoints) } },
  };
  return JSON.stringify(packed);
}

/** The digest from its `digest` attribute. */
export function unpackDigest(text: string): SubmissionDigest {
  const packed = JSON.parse(text) as Packed;
  if (!packed.score) return packed as SubmissionDigest;
  const { criteria: c, ...score } = packed.score;
  return { ...packed, score: { ...score, criteria: c.ids.map((id, k) => ({ id, status: c.statuses[k]!, points: c.points[k]!, maxPoints: c.maxPoints[k]! })) } };
}
