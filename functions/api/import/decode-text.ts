/**
 * The text of an uploaded CSV file. Excel on Chinese Windows saves "CSV" in the ANSI code page,
 * GBK, and other tools save UTF-8 with or without a byte-order mark: bytes that are valid UTF-8
 * are read as UTF-8 (a GBK file of Chinese text is practically never valid UTF-8), anything else
 * as GB18030, the superset of GBK that Node's TextDecoder knows.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'gb18030' } {
  try {
    // `fatal` throws on the first byte sequence that is not UTF-8; the BOM is dropped.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}
