import type { GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import type { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { ValidationError } from '../../domain/errors.js';
import type { DownloadTicket, EvidenceStore, StoredEvidence, UploadSpec, UploadTicket } from '../../domain/ports/evidence-store.js';
import { isEvidenceKey } from '../../domain/services/evidence-rules.js';
import { attachmentDisposition } from '../http/content-disposition.js';

/** S3 keys are literal, but a key outside the issued form must not be signed either (same rule as locally). */
function checkKey(key: string): void {
  if (!isEvidenceKey(key)) {
    throw new ValidationError('Not an evidence key this service issues', [{ path: '/key', code: 'invalid-key', message: 'expected evidence/<submission>/<criterion>/<uuid>-<name>' }], 'invalid-evidence');
  }
}

/**
 * The parts of the S3 SDK the store uses, handed to it rather than imported: the API loads them
 * from a file bundled on its own (functions/handlers/s3-sdk.mts), so none of the S3 client's code
 * is shared with, and pulled into, the API's cold start. Only types are imported here.
 */
export interface S3Sdk {
  readonly S3Client: typeof S3Client;
  readonly PutObjectCommand: typeof PutObjectCommand;
  readonly GetObjectCommand: typeof GetObjectCommand;
  readonly HeadObjectCommand: typeof HeadObjectCommand;
  readonly S3ServiceException: typeof S3ServiceException;
  readonly getSignedUrl: typeof getSignedUrl;
}

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
 * an upload of another type or of any other size than the one the API agreed to (a presigned PUT
 * can only pin an exact length: the size the client declared, already checked against the limit).
 *
 * Uploads are write-once and pinned to the declared content: `If-None-Match: *` and
 * `x-amz-checksum-sha256` are signed headers too, so the client must send both exactly as the
 * ticket lists them. S3 then refuses a PUT to a key that already holds an object (412
 * PreconditionFailed, even with the URL reused before it expires) and a body whose SHA-256 differs
 * (400 BadDigest). The checksum is kept as a header rather than hoisted into the query string,
 * where S3 is documented not to check it on presigned uploads.
 */
export class S3EvidenceStore implements EvidenceStore {
  private readonly expiresInSeconds: number;
  private readonly now: () => Date;

  constructor(
    private readonly sdk: S3Sdk,
    private readonly client: S3Client,
    private readonly bucket: string,
    options: S3EvidenceStoreOptions = {},
  ) {
    this.expiresInSeconds = options.expiresInSeconds ?? 300;
    this.now = options.now ?? (() => new Date());
  }

  async createUpload(input: UploadSpec): Promise<UploadTicket> {
    checkKey(input.key);
    if (!Number.isInteger(input.size) || input.size <= 0) {
      throw new RangeError(`size must be a positive integer, got ${input.size}`);
    }
    if (!/^[0-9a-f]{64}$/.test(input.sha256)) throw new RangeError('sha256 must be 64 lower-case hex digits');
    const checksum = Buffer.from(input.sha256, 'hex').toString('base64');
    const issuedAt = this.now();
    const command = new this.sdk.PutObjectCommand({
      Bucket: this.bucket,
      Key: input.key,
      ContentType: input.contentType,
      ContentLength: input.size,
      IfNoneMatch: '*',
      // No ChecksumAlgorithm: with the value itself given, S3 ignores it, and it would only add a query parameter.
      ChecksumSHA256: checksum,
    });
    const url = await this.sdk.getSignedUrl(this.client, command, {
      expiresIn: this.expiresInSeconds,
      signingDate: issuedAt,
      // The presigner signs only `host` by default; each header below is a rule S3 then enforces.
      signableHeaders: new Set(['content-type', 'content-length', 'if-none-match', 'x-amz-checksum-sha256']),
      unhoistableHeaders: new Set(['x-amz-checksum-sha256']),
    });
    return {
      url,
      method: 'PUT',
      headers: {
        'content-type': input.contentType,
        'content-length': String(input.size),
        'if-none-match': '*',
        'x-amz-checksum-sha256': checksum,
      },
      key: input.key,
      expiresAt: new Date(issuedAt.getTime() + this.expiresInSeconds * 1000).toISOString(),
    };
  }

  /**
   * A presigned GET whose response overrides carry the original name (RFC 5987, so a Chinese
   * name survives) and type: S3 only honours `response-*` parameters on signed requests.
   */
  async createDownload(key: string, file: { fileName: string; contentType: string }): Promise<DownloadTicket> {
    checkKey(key);
    const issuedAt = this.now();
    const command = new this.sdk.GetObjectCommand({
      Bucket: this.bucket,
      Key: key,
      ResponseContentDisposition: attachmentDisposition(file.fileName),
      ResponseContentType: file.contentType,
    });
    const url = await this.sdk.getSignedUrl(this.client, command, { expiresIn: this.expiresInSeconds, signingDate: issuedAt });
    return { url, expiresAt: new Date(issuedAt.getTime() + this.expiresInSeconds * 1000).toISOString() };
  }

  /** A ranged GetObject: only the bytes the content check reads cross the network. */
  async readStart(key: string, length: number): Promise<Uint8Array | undefined> {
    if (!isEvidenceKey(key)) return undefined;
    try {
      const object = await this.client.send(new this.sdk.GetObjectCommand({ Bucket: this.bucket, Key: key, Range: `bytes=0-${Math.max(0, length - 1)}` }));
      return object.Body ? await object.Body.transformToByteArray() : new Uint8Array(0);
    } catch (error) {
      if (error instanceof this.sdk.S3ServiceException && (error.name === 'NoSuchKey' || error.$metadata.httpStatusCode === 404)) return undefined;
      // A range of an empty object cannot be satisfied (416): its start is no bytes at all.
      if (error instanceof this.sdk.S3ServiceException && (error.name === 'InvalidRange' || error.$metadata.httpStatusCode === 416)) return new Uint8Array(0);
      throw error;
    }
  }

  /**
   * HeadObject with checksum mode on: the length, and the SHA-256 S3 verified on upload (absent
   * for an object uploaded without one).
   */
  async stat(key: string): Promise<StoredEvidence | undefined> {
    // As locally: no file can sit under a key of another form, so there is nothing to ask S3.
    if (!isEvidenceKey(key)) return undefined;
    try {
      const head = await this.client.send(new this.sdk.HeadObjectCommand({ Bucket: this.bucket, Key: key, ChecksumMode: 'ENABLED' }));
      const sha256 = head.ChecksumSHA256 && !head.ChecksumSHA256.includes('-') ? Buffer.from(head.ChecksumSHA256, 'base64').toString('hex') : undefined;
      return { size: head.ContentLength ?? 0, ...(sha256 ? { sha256 } : {}) };
    } catch (error) {
      // HeadObject has no body, so a missing key arrives as a bare 404 ("NotFound"). A 403 is NOT
      // treated as missing: it means the role lacks s3:ListBucket, a deployment error to surface.
      if (error instanceof this.sdk.S3ServiceException && (error.name === 'NotFound' || error.$metadata.httpStatusCode === 404)) {
        return undefined;
      }
      throw error;
    }
  }
}
