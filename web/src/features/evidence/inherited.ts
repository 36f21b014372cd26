import type { EvidenceRef } from '../../lib/engine';

/**
 * What counts as a submission's evidence when it is scored: its own files and, on an on-site
 * evaluation started from the self-evaluation, the institution's (`inheritedEvidence.files`), per
 * criterion. The server scores the same union (functions/domain/services/inherited-evidence.ts
 * `engineEvidence`), so the live score and the submit check agree with it.
 */
export function withInherited<T extends EvidenceRef>(own: Record<string, T[]>, inherited: Record<string, T[]> | undefined): Record<string, T[]> {
  if (!inherited) return own;
  const union: Record<string, T[]> = { ...own };
  for (const [criterionId, files] of Object.entries(inherited)) union[criterionId] = [...files, ...(Object.hasOwn(own, criterionId) ? own[criterionId]! : [])];
  return union;
}
