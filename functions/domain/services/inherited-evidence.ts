import type { EvidenceFile, InheritedEvidence, Submission } from '../model/submission.js';
import { isEvidenceKeyFor } from './evidence-rules.js';

/**
 * The self-evaluation's evidence for an on-site evaluation started from it: a copy of its
 * references (the files stay where they are, under the self-evaluation's keys), or undefined
 * when it has none. Only keys issued for the source are taken, so the snapshot can never point
 * at a third submission's files even if an old item held one.
 */
export function inheritEvidence(source: Submission): InheritedEvidence | undefined {
  const files: Record<string, EvidenceFile[]> = {};
  for (const [criterionId, list] of Object.entries(source.evidence)) {
    const own = list.filter((f) => isEvidenceKeyFor(f.key, source.id, criterionId)).map((f) => ({ ...f }));
    if (own.length) files[criterionId] = own;
  }
  return Object.keys(files).length ? { submissionId: source.id, files } : undefined;
}

/**
 * What the engine counts as a submission's evidence: its own files and, on an on-site
 * evaluation started from the self-evaluation, the institution's files, per criterion. The
 * submission's own map is returned unchanged when nothing is inherited.
 */
export function engineEvidence(s: Pick<Submission, 'evidence' | 'inheritedEvidence'>): Record<string, EvidenceFile[]> {
  const inherited = s.inheritedEvidence?.files;
  if (!inherited) return s.evidence;
  const union: Record<string, EvidenceFile[]> = { ...s.evidence };
  for (const [criterionId, files] of Object.entries(inherited)) {
    union[criterionId] = [...files, ...(Object.hasOwn(s.evidence, criterionId) ? s.evidence[criterionId]! : [])];
  }
  return union;
}
