import { createHmac, timingSafeEqual } from 'node:crypto';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, resolve, sep } from 'node:path';
import { ForbiddenError, NotFoundError, ValidationError } from '../../domain/errors.js';
import type { DownloadTicket, EvidenceStore, UploadTicket } from '../../domain/ports/evidence-store.js';
import type { LocalDownload, LocalUploadReceiver } from '../../api/app-deps.js';

/**
 * Evidence on the local disk, behind the same interface as S3: `createUpload` returns a signed
 * URL on this server (like a presigned S3 PUT), which `receive` checks before writing the file;
 * `createDownload` a signed, expiring GET URL (like a presigned S3 GET), which `download` checks.
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

  private sign(key: string, contentType: string, maxBytes: string, expires: string): string {
    return createHmac('sha256', this.secret).update([key, contentType, maxBytes, expires].join('\n')).digest('hex');
  }

  /** A separate purpose tag, so an upload signature never works as a download one or back. */
  private signDownload(key: string, name: string, type: string, expires: string): string {
    return createHmac('sha256', this.secret).update(JSON.stringify(['download', key, name, type, expires])).digest('hex');
  }

  private verify(expectedHex: string, sig: string, expires: string, what: string): void {
    const expected = Buffer.from(expectedHex);
    const given = Buffer.from(sig);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new ForbiddenError(`The ${what} signature does not match`);
    if (!(Date.parse(expires) > this.now().getTime())) throw new ForbiddenError(`The ${what} URL has expired`);
  }

  private pathOf(key: string): string {
    const path = resolve(this.root, key);
    if (!path.startsWith(this.root + sep)) throw new ForbiddenError('Invalid evidence key');
    return path;
  }

  async createUpload(input: { key: string; contentType: string; maxBytes: number }): Promise<UploadTicket> {
    this.pathOf(input.key);
    const expiresAt = new Date(this.now().getTime() + this.ttlSeconds * 1000).toISOString();
    const query = new URLSearchParams({
      max: String(input.maxBytes),
      expires: expiresAt,
      sig: this.sign(input.key, input.contentType, String(input.maxBytes), expiresAt),
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
    try {
      return (await stat(this.pathOf(key))).isFile();
    } catch {
      return false;
    }
  }

  async receive(key: string, query: Record<string, string>, contentType: string, body: Uint8Array): Promise<void> {
    const { max = '', expires = '', sig = '' } = query;
    this.verify(this.sign(key, contentType, max, expires), sig, expires, 'upload');
    if (body.byteLength > Number(max)) {
      throw new ValidationError('The file is larger than announced', [{ path: '/', code: 'too-large', message: `at most ${max} bytes` }]);
    }
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, body);
  }

  async createDownload(key: string, file: { fileName: string; contentType: string }): Promise<DownloadTicket> {
    this.pathOf(key);
    const expiresAt = new Date(this.now().getTime() + this.ttlSeconds * 1000).toISOString();
    const query = new URLSearchParams({
      name: file.fileName,
      type: file.contentType,
      expires: expiresAt,
      sig: this.signDownload(key, file.fileName, file.contentType, expiresAt),
    });
    return { url: `${this.baseUrl}/api/local-evidence/${encodeURIComponent(key)}?${query}`, expiresAt };
  }

  async download(key: string, query: Record<string, string>): Promise<LocalDownload> {
    const { name = '', type = '', expires = '', sig = '' } = query;
    this.verify(this.signDownload(key, name, type, expires), sig, expires, 'download');
    try {
      return { body: new Uint8Array(await readFile(this.pathOf(key))), contentType: type, fileName: name };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new NotFoundError('Evidence file', key);
      throw error;
    }
  }
}
