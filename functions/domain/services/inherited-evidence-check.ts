import type { EvidenceFile, InheritedEvidence, Submission } from '../model/submission.js';
import type { ServiceDeps } from './service-deps.js';

/** An inherited file that no longer stands: the institution took it off, or it is not stored. */
export interface MissingInherited {
  criterionId: string;
  name: string;
}

/** The snapshot as it may be submitted, and what was taken out of it. */
export interface InheritedRecheck {
  /** The files that still stand; undefined when none does. */
  inheritedEvidence?: InheritedEvidence;
  missing: MissingInherited[];
}

/**
 * Re-checks an on-site evaluation's inherited evidence when it is submitted. The snapshot was
 * taken when the evaluation started; the self-evaluation may have been returned since and the
 * institution may have taken a file off it. A file counts only while the self-evaluation still
 * attaches it (same key, same criterion) and the store holds it; the rest leave the snapshot, so
 * scoring says "evidence missing" where a criterion needs evidence instead of counting a file the
 * institution withdrew. One read of the self-evaluation and one stat per inherited file.
 */
export async function recheckInherited(deps: Pick<ServiceDeps, 'repos' | 'evidence'>, submission: Submission): Promise<InheritedRecheck> {
  const snapshot = submission.inheritedEvidence;
  if (!snapshot) return { missing: [] };
  const source = await deps.repos.submissions.get(snapshot.submissionId);
  const listed = (criterionId: string) => new Set((source && Object.hasOwn(source.evidence, criterionId) ? source.evidence[criterionId]! : []).map((f) => f.key));
  const entries = Object.entries(snapshot.files).flatMap(([criterionId, files]) => {
    const keys = listed(criterionId);
    return files.map((file) => ({ criterionId, file, attached: keys.has(file.key) }));
  });
  const stored = await Promise.all(entries.map((e) => (e.attached ? deps.evidence.stat(e.file.key) : undefined)));
  const files: Record<string, EvidenceFile[]> = {};
  const missing: MissingInherited[] = [];
  entries.forEach(({ criterionId, file }, i) => {
    if (stored[i]) (files[criterionId] ??= []).push(file);
    else missing.push({ criterionId, name: file.name });
  });
  return { ...(Object.keys(files).length ? { inheritedEvidence: { submissionId: snapshot.submissionId, files } } : {}), missing };
}
