/** RFC 5987 `ext-value` encoding: percent-encode everything outside `attr-char`. */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * An `attachment` Content-Disposition that keeps a Chinese (or any Unicode) file name: browsers
 * read `filename*=UTF-8''…` (RFC 6266 / RFC 5987); the plain `filename` is an ASCII fallback for
 * clients that do not, with each run of other characters replaced by `_`.
 */
export function attachmentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]+/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeRfc5987(fileName)}`;
}
