import { createHash } from 'node:crypto';
import { AlreadyExistsError, ValidationError } from '../../domain/errors.js';
import type { DownloadTicket, EvidenceStore, StoredEvidence, UploadSpec, UploadTicket } from '../../domain/ports/evidence-store.js';
import { isEvidenceKey } from '../../domain/services/evidence-rules.js';

const TTL_MS = 15 * 60_000;

function refuseForeignKey(key: string): void {
  if (!isEvidenceKey(key)) {
    throw new ValidationError('Not an evidence key this service issues', [{ path: '/key', code: 'invalid-key', message: 'expected evidence/<submission>/<criterion>/<uuid>-<name>' }], 'invalid-evidence');
  }
}

/**
 * Evidence files in a map, with the contract of the S3 and local stores: only issued keys, uploads
 * pinned to the size and SHA-256 declared for the ticket, write-once. `upload` stands in for the
 * client's PUT to the ticket's URL.
 */
export class InMemoryEvidenceStore implements EvidenceStore {
  private readonly files = new Map<string, Uint8Array>();
  private readonly tickets = new Map<string, UploadSpec>();

  constructor(private readonly now: () => Date = () => new Date()) {}

  async createUpload(input: UploadSpec): Promise<UploadTicket> {
    refuseForeignKey(input.key);
    this.tickets.set(input.key, { ...input });
    return { url: `memory://evidence/${encodeURIComponent(input.key)}`, method: 'PUT', headers: { 'content-type': input.contentType }, key: input.key, expiresAt: this.expiry() };
  }

  /** The client's upload: refused unless a ticket was issued for `key` and `body` is the file it declared. */
  async upload(key: string, body: Uint8Array | string): Promise<void> {
    const spec = this.tickets.get(key);
    if (!spec) throw new ValidationError('No upload was issued for this key', [{ path: '/key', code: 'invalid-key', message: 'ask for an upload URL first' }], 'invalid-evidence');
    const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
    const issues = [];
    if (bytes.byteLength !== spec.size) issues.push({ path: '/', code: 'size-mismatch', message: `the upload URL is for exactly ${spec.size} bytes, got ${bytes.byteLength}` });
    if (createHash('sha256').update(bytes).digest('hex') !== spec.sha256) issues.push({ path: '/', code: 'sha256-mismatch', message: 'the content does not have the SHA-256 declared for this upload' });
    if (issues.length) throw new ValidationError('The file is not the one announced', issues, 'invalid-evidence');
    if (this.files.has(key)) throw new AlreadyExistsError('Evidence file', key);
    this.files.set(key, bytes.slice());
  }

  async stat(key: string): Promise<StoredEvidence | undefined> {
    const body = isEvidenceKey(key) ? this.files.get(key) : undefined;
    return body && { size: body.byteLength, sha256: createHash('sha256').update(body).digest('hex') };
  }

  async readStart(key: string, length: number): Promise<Uint8Array | undefined> {
    return isEvidenceKey(key) ? this.files.get(key)?.slice(0, length) : undefined;
  }

  async createDownload(key: string, file: { fileName: string; contentType: string }): Promise<DownloadTicket> {
    refuseForeignKey(key);
    const query = new URLSearchParams({ name: file.fileName, type: file.contentType });
    return { url: `memory://evidence/${encodeURIComponent(key)}?${query}`, expiresAt: this.expiry() };
  }

  private expiry(): string {
    return new Date(this.now().getTime() + TTL_MS).toISOString();
  }
}
