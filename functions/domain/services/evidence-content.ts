import type { ChecklistDefinition } from '../../checklist/definition-schema.js';
import type { Issue } from '../errors.js';
import type { EvidenceFile, Submission } from '../model/submission.js';
import type { EvidenceStore } from '../ports/evidence-store.js';
import { EVIDENCE_TYPES, extensionOf } from './evidence-rules.js';
import { contentMatches, EVIDENCE_HEAD_BYTES } from './evidence-signature.js';

/** The problem with a file whose content is not what its name says, naming the file and what is accepted. */
export function contentIssue(path: string, fileName: string, accepted: readonly string[]): Issue {
  const ext = extensionOf(fileName);
  return {
    path,
    code: 'file-content',
    message: `${fileName}: the content is not a .${ext} file; accepted: ${accepted.join(', ')}`,
    params: { file: fileName, extension: ext, accepted: accepted.join(', ') },
  };
}

/** Stored files read at once: a save may attach hundreds, and each is a request to the store. */
const READS_IN_FLIGHT = 16;

/**
 * Reads the start of each file a save attaches for the first time and names those whose content
 * does not match their extension. Files already attached were checked when they were; a file
 * not uploaded yet has no content to check. One ranged read per new file, a few at a time.
 */
export async function checkNewEvidenceContent(
  store: EvidenceStore,
  submission: Submission,
  definition: ChecklistDefinition,
  evidence: Record<string, EvidenceFile[]>,
): Promise<Issue[]> {
  const fresh: { path: string; file: EvidenceFile; accepted: string[] }[] = [];
  for (const [criterionId, files] of Object.entries(evidence)) {
    const attached = new Set((Object.hasOwn(submission.evidence, criterionId) ? submission.evidence[criterionId]! : []).map((f) => f.key));
    const accept = definition.criteria.find((c) => c.id === criterionId)?.evidence?.accept?.map((a) => a.toLowerCase().replace(/^\./, ''));
    files.forEach((file, i) => {
      if (!attached.has(file.key)) fresh.push({ path: `/evidence/${criterionId}/${i}/name`, file, accepted: accept ?? Object.keys(EVIDENCE_TYPES) });
    });
  }
  const issues: Issue[] = [];
  for (let i = 0; i < fresh.length; i += READS_IN_FLIGHT) {
    const heads = await Promise.all(fresh.slice(i, i + READS_IN_FLIGHT).map(({ file }) => store.readStart(file.key, EVIDENCE_HEAD_BYTES)));
    heads.forEach((head, k) => {
      const { path, file, accepted } = fresh[i + k]!;
      if (head !== undefined && !contentMatches(extensionOf(file.name), head)) issues.push(contentIssue(path, file.name, accepted));
    });
  }
  return issues;
}
