import { GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3ServiceException, type S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { DownloadTicket, EvidenceStore, UploadTicket } from '../../domain/ports/evidence-store.js';
import { attachmentDisposition } from '../http/content-disposition.js';

/** Options for {@link S3EvidenceStore}. */
export interface S3EvidenceStoreOptions {
  /** How long an upload or download URL stays valid, in seconds (default 300). */
  expiresInSeconds?: number;
  /** Injectable for tests. */
  now?: () => Date;
}

/**
 * {@link EvidenceStore} on S3 with presigned PUT (upload) and GET (download) URLs.
 *
 * `content-type` and `content-length` are signed headers, so S3 rejects (403 SignatureDoesNotMatch)
 * an upload of another type or of any other size than the one the API agreed to. A presigned PUT
 * can only pin an exact length, not a range: the API passes the size the client declared (already
 * checked against the limit) as `maxBytes`.
 */
export class S3EvidenceStore implements EvidenceStore {
  private readonly expiresInSeconds: number;
  private readonly now: () => Date;

  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
    options: S3EvidenceStoreOptions = {},
  ) {
    this.expiresInSeconds = options.expiresInSeconds ?? 300;
    this.now = options.now ?? (() => new Date());
  }

  async createUpload(input: { key: string; contentType: string; maxBytes: number }): Promise<UploadTicket> {
    if (!Number.isInteger(input.maxBytes) || input.maxBytes <= 0) {
      throw new RangeError(`maxBytes must be a positive integer, got ${input.maxBytes}`);
    }
    const issuedAt = this.now();
    const command = new PutObjectCommand({
      Bucket: this.bucket,
      Key: input.key,
      ContentType: input.contentType,
      ContentLength: input.maxBytes,
    });
    const url = await getSignedUrl(this.client, command, {
      expiresIn: this.expiresInSeconds,
      signingDate: issuedAt,
      // The presigner leaves content-type unsigned by default; signing both is what enforces the limits.
      signableHeaders: new Set(['content-type', 'content-length']),
    });
    return {
      url,
      method: 'PUT',
      headers: { 'content-type': input.contentType, 'content-length': String(input.maxBytes) },
      key: input.key,
      expiresAt: new Date(issuedAt.getTime() + this.expiresInSeconds * 1000).toISOString(),
    };
  }

  /**
   * A presigned GET whose response overrides carry the original name (RFC 5987, so a Chinese
   * name survives) and type: S3 only honours `response-*` parameters on signed requests.
   */
  async createDownload(key: string, file: { fileName: string; contentType: string }): Promise<DownloadTicket> {
    const issuedAt = this.now();
    const command = new GetObjectCommand({
      Bucket: this.bucket,
      Key: key,
      ResponseContentDisposition: attachmentDisposition(file.fileName),
      ResponseContentType: file.contentType,
    });
    const url = await getSignedUrl(this.client, command, { expiresIn: this.expiresInSeconds, signingDate: issuedAt });
    return { url, expiresAt: new Date(issuedAt.getTime() + this.expiresInSeconds * 1000).toISOString() };
  }

  async exists(key: string): Promise<boolean> {
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return true;
    } catch (error) {
      // HeadObject has no body, so a missing key arrives as a bare 404 ("NotFound"). A 403 is NOT
      // treated as missing: it means the role lacks s3:ListBucket, a deployment error to surface.
      if (error instanceof S3ServiceException && (error.name === 'NotFound' || error.$metadata.httpStatusCode === 404)) {
        return false;
      }
      throw error;
    }
  }
}
