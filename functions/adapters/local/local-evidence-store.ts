import { createHash, createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { link, mkdir, open, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname, resolve, sep } from 'node:path';
import { AlreadyExistsError, ForbiddenError, InvalidStateError, NotFoundError, ValidationError } from '../../domain/errors.js';
import type { DownloadTicket, EvidenceStore, StoredEvidence, UploadSpec, UploadTicket } from '../../domain/ports/evidence-store.js';
import { isEvidenceKey } from '../../domain/services/evidence-rules.js';
import type { LocalDownload, LocalUploadReceiver } from '../../api/app-deps.js';

/**
 * Evidence on the local disk, behind the same interface as S3: `createUpload` returns a signed
 * URL on this server (like a presigned S3 PUT), which `receive` checks before writing the file;
 * `createDownload` a signed, expiring GET URL (like a presigned S3 GET), which `download` checks.
 *
 * Like the S3 adapter it is write-once (a second upload to a key is a 409 and the first file
 * stays), and the upload URL pins the exact size and SHA-256 the client declared. The download URL
 * carries the size and digest the submission recorded, and the file is checked against them
 * before it is served.
 */
export class LocalEvidenceStore implements EvidenceStore, LocalUploadReceiver {
  private readonly root: string;

  constructor(
    dir: string,
    private readonly baseUrl: string,
    private readonly secret: string,
    private readonly now: () => Date = () => new Date(),
    private readonly ttlSeconds = 900,
  ) {
    this.root = resolve(dir);
  }

  /** A purpose tag per URL kind, so an upload signature never works as a download one or back. */
  private sign(parts: string[]): string {
    return createHmac('sha256', this.secret).update(JSON.stringify(parts)).digest('hex');
  }

  private verify(expectedHex: string, sig: string, expires: string, what: string): void {
    const expected = Buffer.from(expectedHex);
    const given = Buffer.from(sig);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new ForbiddenError(`The ${what} signature does not match`);
    if (!(Date.parse(expires) > this.now().getTime())) throw new ForbiddenError(`The ${what} URL has expired`);
  }

  /**
   * Only keys of the issued form, which cannot climb out of their prefix; the `resolve` check
   * stays as a second line in case the form is ever loosened.
   */
  private pathOf(key: string): string {
    if (!isEvidenceKey(key)) {
      throw new ValidationError('Not an evidence key this service issues', [{ path: '/key', code: 'invalid-key', message: 'expected evidence/<submission>/<criterion>/<uuid>-<name>' }], 'invalid-evidence');
    }
    const path = resolve(this.root, key);
    if (!path.startsWith(this.root + sep)) throw new ForbiddenError('Invalid evidence key');
    return path;
  }

  private expiry(): string {
    return new Date(this.now().getTime() + this.ttlSeconds * 1000).toISOString();
  }

  async createUpload(input: UploadSpec): Promise<UploadTicket> {
    this.pathOf(input.key);
    const expiresAt = this.expiry();
    const size = String(input.size);
    const query = new URLSearchParams({
      size,
      sha256: input.sha256,
      expires: expiresAt,
      sig: this.sign(['upload', input.key, input.contentType, size, input.sha256, expiresAt]),
    });
    return {
      url: `${this.baseUrl}/api/local-evidence/${encodeURIComponent(input.key)}?${query}`,
      method: 'PUT',
      headers: { 'content-type': input.contentType },
      key: input.key,
      expiresAt,
    };
  }

  async exists(key: string): Promise<boolean> {
    return (await this.stat(key)) !== undefined;
  }

  async stat(key: string): Promise<StoredEvidence | undefined> {
    let body: Buffer;
    try {
      const path = this.pathOf(key);
      if (!(await stat(path)).isFile()) return undefined;
      body = await readFile(path);
    } catch {
      return undefined;
    }
    return { size: body.byteLength, sha256: createHash('sha256').update(body).digest('hex') };
  }

  async readStart(key: string, length: number): Promise<Uint8Array | undefined> {
    let file;
    try {
      file = await open(this.pathOf(key), 'r');
    } catch {
      return undefined;
    }
    try {
      const buffer = new Uint8Array(length);
      const { bytesRead } = await file.read(buffer, 0, length, 0);
      return buffer.slice(0, bytesRead);
    } finally {
      await file.close();
    }
  }

  /**
   * Writes the file once. The body goes to a temporary file first and is then hard-linked to its
   * key: `link` fails if the key exists, atomically, so a concurrent or later upload cannot
   * replace it, and a crash mid-write leaves no half-written file under the key.
   */
  async receive(key: string, query: Record<string, string>, contentType: string, body: Uint8Array): Promise<void> {
    const { size = '', sha256 = '', expires = '', sig = '' } = query;
    this.verify(this.sign(['upload', key, contentType, size, sha256, expires]), sig, expires, 'upload');
    const issues = [];
    if (body.byteLength !== Number(size)) issues.push({ path: '/', code: 'size-mismatch', message: `the upload URL is for exactly ${size} bytes, got ${body.byteLength}` });
    if (createHash('sha256').update(body).digest('hex') !== sha256) issues.push({ path: '/', code: 'sha256-mismatch', message: 'the content does not have the SHA-256 declared for this upload' });
    if (issues.length) throw new ValidationError('The file is not the one announced', issues, 'invalid-evidence');
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true });
    const temp = `${path}.${randomUUID()}.part`;
    await writeFile(temp, body, { flag: 'wx' });
    try {
      await link(temp, path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new AlreadyExistsError('Evidence file', key);
      throw error;
    } finally {
      await unlink(temp).catch(() => undefined);
    }
  }

  async createDownload(key: string, file: { fileName: string; contentType: string; size?: number; sha256?: string }): Promise<DownloadTicket> {
    this.pathOf(key);
    const expiresAt = this.expiry();
    const size = file.size === undefined ? '' : String(file.size);
    const sha256 = file.sha256 ?? '';
    const query = new URLSearchParams({
      name: file.fileName,
      type: file.contentType,
      size,
      sha256,
      expires: expiresAt,
      sig: this.sign(['download', key, file.fileName, file.contentType, size, sha256, expiresAt]),
    });
    return { url: `${this.baseUrl}/api/local-evidence/${encodeURIComponent(key)}?${query}`, expiresAt };
  }

  async download(key: string, query: Record<string, string>): Promise<LocalDownload> {
    const { name = '', type = '', size = '', sha256 = '', expires = '', sig = '' } = query;
    this.verify(this.sign(['download', key, name, type, size, sha256, expires]), sig, expires, 'download');
    let body: Uint8Array<ArrayBuffer>;
    try {
      body = new Uint8Array(await readFile(this.pathOf(key)));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new NotFoundError('Evidence file', key);
      throw error;
    }
    // Files attached before digests were recorded have none to check against.
    const wrongSize = size !== '' && body.byteLength !== Number(size);
    if (wrongSize || (sha256 !== '' && createHash('sha256').update(body).digest('hex') !== sha256)) {
      throw new InvalidStateError('The stored file is not the one attached to the submission (size or SHA-256 differs)', { key });
    }
    return { body, contentType: type, fileName: name };
  }
}
