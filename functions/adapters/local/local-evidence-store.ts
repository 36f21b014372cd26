import { createHmac, timingSafeEqual } from 'node:crypto';
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { dirname, resolve, sep } from 'node:path';
import { ForbiddenError, ValidationError } from '../../domain/errors.js';
import type { EvidenceStore, UploadTicket } from '../../domain/ports/evidence-store.js';
import type { LocalUploadReceiver } from '../../api/app-deps.js';

/**
 * Evidence on the local disk, behind the same interface as S3: `createUpload` returns a signed
 * URL on this server (like a presigned S3 PUT), which `receive` checks before writing the file.
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
    const expected = Buffer.from(this.sign(key, contentType, max, expires));
    const given = Buffer.from(sig);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new ForbiddenError('The upload signature does not match');
    if (!(Date.parse(expires) > this.now().getTime())) throw new ForbiddenError('The upload URL has expired');
    if (body.byteLength > Number(max)) {
      throw new ValidationError('The file is larger than announced', [{ path: '/', code: 'too-large', message: `at most ${max} bytes` }]);
    }
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, body);
  }
}
