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
