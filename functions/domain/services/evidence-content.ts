import type { ChecklistDefinition } from '../../checklist/definition-schema.js';
import type { Issue } from '../errors.js';
import type { EvidenceFile, Submission } from '../model/submission.js';
import type { EvidenceStore } from '../ports/evidence-store.js';
import { EVIDENCE_TYPES, extensionOf } from './evidence-rules.js';

/**
 * What an evidence file must start with for its type: a file's name says what it claims to be,
 * its first bytes say what it is. A photo renamed `.pdf`, or a program renamed `.jpg`, is refused
 * instead of being stored and served under a type it is not.
 */

/** How many leading bytes the check reads: PDF readers accept the `%PDF` header anywhere in the first 1,024. */
export const EVIDENCE_HEAD_BYTES = 1024;

const bytes = (...values: number[]) => Uint8Array.from(values);
const startsWith = (head: Uint8Array, magic: Uint8Array) => head.length >= magic.length && magic.every((b, i) => head[i] === b);

const PDF = new TextEncoder().encode('%PDF');
const JPEG = bytes(0xff, 0xd8, 0xff);
const PNG = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
/** Word 97–2003 and Excel 97–2003 files are OLE2 compound documents. */
const OLE2 = bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1);
/** DOCX and XLSX are ZIP archives (a local file header first). */
const ZIP = bytes(0x50, 0x4b, 0x03, 0x04);

function containsAt(head: Uint8Array, magic: Uint8Array, within: number): boolean {
  const last = Math.min(head.length, within) - magic.length;
  for (let at = 0; at <= last; at++) if (magic.every((b, i) => head[at + i] === b)) return true;
  return false;
}

/** Each accepted extension's test of a file's first bytes. Text is anything without a NUL byte (UTF-8 or GBK alike). */
const SIGNATURES: Readonly<Record<string, (head: Uint8Array) => boolean>> = Object.freeze({
  pdf: (head) => containsAt(head, PDF, EVIDENCE_HEAD_BYTES),
  jpg: (head) => startsWith(head, JPEG),
  jpeg: (head) => startsWith(head, JPEG),
  png: (head) => startsWith(head, PNG),
  doc: (head) => startsWith(head, OLE2),
  xls: (head) => startsWith(head, OLE2),
  docx: (head) => startsWith(head, ZIP),
  xlsx: (head) => startsWith(head, ZIP),
  txt: (head) => !head.includes(0),
});

/** Whether a file whose first bytes are `head` is what its extension says; an extension without a known signature never matches. */
export function contentMatches(extension: string, head: Uint8Array): boolean {
  const test = SIGNATURES[extension];
  return test !== undefined && test(head);
}

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
