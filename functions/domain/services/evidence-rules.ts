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

/** Where a submission's evidence for one criterion lives in the evidence store. */
export function evidencePrefix(submissionId: string, criterionId: string): string {
  return `evidence/${submissionId}/${criterionId}/`;
}

/** The file's extension, lower case, or '' when it has none. */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/** Problems with the evidence a client attaches: unknown criteria, foreign keys, wrong types. */
export function checkEvidenceRefs(submission: Submission, definition: ChecklistDefinition, evidence: Record<string, EvidenceFile[]>): Issue[] {
  const issues: Issue[] = [];
  const criteria = new Map(definition.criteria.map((c) => [c.id, c]));
  for (const [criterionId, files] of Object.entries(evidence)) {
    const criterion = criteria.get(criterionId);
    if (!criterion) {
      issues.push({ path: `/evidence/${criterionId}`, code: 'unknown-criterion', message: `the checklist has no criterion ${criterionId}` });
      continue;
    }
    const accept = criterion.evidence?.accept?.map((a) => a.toLowerCase().replace(/^\./, ''));
    files.forEach((file, i) => {
      const path = `/evidence/${criterionId}/${i}`;
      if (!file.key.startsWith(evidencePrefix(submission.id, criterionId))) {
        issues.push({ path: `${path}/key`, code: 'foreign-key', message: 'the file was not uploaded for this submission and criterion' });
      }
      const ext = extensionOf(file.name);
      if (!EVIDENCE_TYPES[ext] || (accept && !accept.includes(ext))) {
        issues.push({ path: `${path}/name`, code: 'file-type', message: `.${ext} files are not accepted here` });
      }
    });
  }
  return issues;
}
