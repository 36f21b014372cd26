import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { api, ApiError, unwrap, type Schemas } from '../../../api/client';

export type EvidenceFile = Schemas['EvidenceFile'];

/** Content types by extension, as the server checks them. */
export const CONTENT_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
};

/** Headers a page may not set: the browser derives them from the request. */
const BROWSER_SET = new Set(['content-length', 'host']);

/** The server's default limit; it checks again and has the last word. */
export const MAX_BYTES = 20 * 1024 * 1024;

export const extensionOf = (name: string) => (name.lastIndexOf('.') > 0 ? name.slice(name.lastIndexOf('.') + 1).toLowerCase() : '');

/**
 * The file's SHA-256 (lower-case hex), which the upload URL is pinned to: the browser's own digest
 * where it has one (secure contexts), else a pure-JavaScript one (a page opened over plain http).
 */
export async function fileSha256(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (globalThis.crypto?.subtle) return bytesToHex(new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', bytes)));
  return bytesToHex(sha256(bytes));
}

/**
 * Asks the API for an upload URL (type and size checked there), then sends the file with
 * progress and every header the ticket lists (the URL accepts exactly this file, once). Returns the
 * file reference to attach with the next save. `digest`: the file's {@link fileSha256}, when the caller has it.
 */
export async function uploadEvidence(submissionId: string, criterionId: string, file: File, onProgress: (fraction: number) => void, digest?: string): Promise<EvidenceFile> {
  const contentType = CONTENT_TYPES[extensionOf(file.name)] ?? file.type;
  digest ??= await fileSha256(file);
  const ticket = await unwrap(api.POST('/api/submissions/{id}/evidence', { params: { path: { id: submissionId } }, body: { criterionId, fileName: file.name, contentType, size: file.size, sha256: digest } }));
  await new Promise<void>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('PUT', ticket.upload.url);
    // The browser sets Content-Length (and Host) itself from the body, and refuses to be told them.
    for (const [name, value] of Object.entries(ticket.upload.headers ?? {})) if (!BROWSER_SET.has(name.toLowerCase())) xhr.setRequestHeader(name, String(value));
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onload = () => (xhr.status < 300 ? resolve() : reject(new ApiError(xhr.status, `http-${xhr.status}`, xhr.statusText)));
    xhr.onerror = () => reject(new ApiError(0, 'network', 'network error'));
    xhr.send(file);
  });
  onProgress(1);
  return ticket.file;
}

/**
 * Opens a short-lived download URL for an attached file: one of the submission's own, or
 * (`inherited`) one of the self-evaluation's files that an on-site evaluation counts as its evidence.
 */
export async function downloadEvidence(submissionId: string, criterionId: string, index: number, source: 'own' | 'inherited' = 'own'): Promise<void> {
  const path = { params: { path: { id: submissionId, criterionId, index: String(index) } } };
  const ticket = await unwrap(source === 'inherited' ? api.GET('/api/submissions/{id}/inherited-evidence/{criterionId}/{index}', path) : api.GET('/api/submissions/{id}/evidence/{criterionId}/{index}', path));
  const a = document.createElement('a');
  a.href = ticket.url;
  a.download = ticket.name;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
}
