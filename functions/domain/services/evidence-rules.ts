import type { ChecklistDefinition } from '../../checklist/definition-schema.js';
import type { Issue } from '../errors.js';
import type { EvidenceFile, Submission } from '../model/submission.js';

/** File types accepted as evidence, by extension. A criterion's `evidence.accept` narrows this. */
export const EVIDENCE_TYPES: Readonly<Record<string, string>> = Object.freeze({
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  txt: 'text/plain',
});

/** MIME types evidence may be stored and served under: exactly the ones {@link EVIDENCE_TYPES} maps to. */
export const EVIDENCE_CONTENT_TYPES: ReadonlySet<string> = new Set(Object.values(EVIDENCE_TYPES));

/** Where a submission's evidence for one criterion lives in the evidence store. */
export function evidencePrefix(submissionId: string, criterionId: string): string {
  return `evidence/${submissionId}/${criterionId}/`;
}

/** The file name as it appears in a key: letters, digits, ".", "_" and "-" only, at most 120 characters. */
export function safeFileName(fileName: string): string {
  return fileName.replace(/[^\p{L}\p{N}._-]+/gu, '_').slice(-120);
}

/**
 * The one key form the service issues: `evidence/<submission>/<criterion>/<uuid>-<safe name>`.
 * Ids start with a letter or digit and the name follows a UUID, so no segment can be `.` or
 * `..` and none can hold a `/` or `\`: a key of this form names a file below its own prefix.
 */
const ISSUED_KEY =
  /^evidence\/[A-Za-z0-9][A-Za-z0-9._-]{0,199}\/[A-Za-z0-9][A-Za-z0-9._-]{0,199}\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}-[\p{L}\p{N}._-]{1,120}$/u;

/** A new key for a file attached to `criterionId` of `submissionId`. */
export function evidenceKey(submissionId: string, criterionId: string, fileName: string, uuid: string = globalThis.crypto.randomUUID()): string {
  return `${evidencePrefix(submissionId, criterionId)}${uuid}-${safeFileName(fileName)}`;
}

/** True when `key` has exactly the form {@link evidenceKey} produces; adapters refuse anything else. */
export function isEvidenceKey(key: string): boolean {
  return ISSUED_KEY.test(key);
}

/** True when `key` is one the service could have issued for this submission and criterion. */
export function isEvidenceKeyFor(key: string, submissionId: string, criterionId: string): boolean {
  const prefix = evidencePrefix(submissionId, criterionId);
  return isEvidenceKey(key) && key.startsWith(prefix) && !key.slice(prefix.length).includes('/');
}

/** The file's extension, lower case, or '' when it has none. */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
}

type Criterion = ChecklistDefinition['criteria'][number];

/** Criteria by id, once per definition: published versions never change, and every save checks its evidence (issue 13.2). */
const byDefinition = new WeakMap<ChecklistDefinition, ReadonlyMap<string, Criterion>>();
function criteriaById(definition: ChecklistDefinition): ReadonlyMap<string, Criterion> {
  let criteria = byDefinition.get(definition);
  if (!criteria) byDefinition.set(definition, (criteria = new Map(definition.criteria.map((c) => [c.id, c]))));
  return criteria;
}

/**
 * Problems with the evidence a client attaches: unknown criteria, keys not issued for this
 * submission and criterion, names and content types outside the allow-list. The content type is
 * checked here as well as when the upload URL is issued, because it comes back in the save body
 * and is later served as a response header.
 */
export function checkEvidenceRefs(submission: Submission, definition: ChecklistDefinition, evidence: Record<string, EvidenceFile[]>): Issue[] {
  const issues: Issue[] = [];
  const criteria = criteriaById(definition);
  for (const [criterionId, files] of Object.entries(evidence)) {
    const criterion = criteria.get(criterionId);
    if (!criterion) {
      issues.push({ path: `/evidence/${criterionId}`, code: 'unknown-criterion', message: `the checklist has no criterion ${criterionId}` });
      continue;
    }
    const accept = criterion.evidence?.accept?.map((a) => a.toLowerCase().replace(/^\./, ''));
    const attached = new Set((Object.hasOwn(submission.evidence, criterionId) ? submission.evidence[criterionId]! : []).map((f) => f.key));
    files.forEach((file, i) => {
      const path = `/evidence/${criterionId}/${i}`;
      if (!isEvidenceKeyFor(file.key, submission.id, criterionId)) {
        issues.push({ path: `${path}/key`, code: 'foreign-key', message: 'the key is not one issued for this submission and criterion' });
      }
      const ext = extensionOf(file.name);
      if (!EVIDENCE_TYPES[ext] || (accept && !accept.includes(ext))) {
        issues.push({ path: `${path}/name`, code: 'file-type', message: `.${ext} files are not accepted here` });
      } else if (file.contentType !== EVIDENCE_TYPES[ext]) {
        issues.push({ path: `${path}/contentType`, code: 'content-type', message: `a .${ext} file is stored as ${EVIDENCE_TYPES[ext]}` });
      }
      // Files attached before digests were recorded keep their reference; a new one must carry its digest.
      if (file.sha256 === undefined && !attached.has(file.key)) {
        issues.push({ path: `${path}/sha256`, code: 'required', message: 'send the file reference the upload URL came with, including sha256' });
      }
    });
  }
  return issues;
}
