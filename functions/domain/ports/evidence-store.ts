/** Where and how a client uploads one evidence file. */
export interface UploadTicket {
  url: string;
  method: 'PUT';
  /** Headers the client must send with the upload (the signed content type, ...). */
  headers: Record<string, string>;
  key: string;
  expiresAt: string;
}

/** A short-lived URL that downloads one evidence file under its original name. */
export interface DownloadTicket {
  url: string;
  expiresAt: string;
}

/** What the store holds under a key: its length, and its SHA-256 (lower-case hex) where the store kept one. */
export interface StoredEvidence {
  size: number;
  sha256?: string;
}

/** What an upload URL allows: one file of exactly this type, size and SHA-256 (lower-case hex). */
export interface UploadSpec {
  key: string;
  contentType: string;
  size: number;
  sha256: string;
}

/**
 * Blob storage for evidence: S3 presigned URLs in AWS, a local file store in local mode.
 *
 * Keys must have the form `evidencePrefix(...)` + `<uuid>-<name>` (`isEvidenceKey`); an adapter
 * refuses any other key with a `ValidationError`. Uploads are write-once: a second upload to a
 * key that holds a file fails and leaves the first one in place.
 */
export interface EvidenceStore {
  createUpload(input: UploadSpec): Promise<UploadTicket>;
  /** What is stored under `key`, or `undefined` when nothing was uploaded there (or the key is not of the issued form). */
  stat(key: string): Promise<StoredEvidence | undefined>;
  /** The first `length` bytes stored under `key` (fewer for a shorter file), or `undefined` when nothing is there: what the content check reads. */
  readStart(key: string, length: number): Promise<Uint8Array | undefined>;
  /**
   * A signed, expiring GET URL for `key`. The response carries `contentType` and an attachment
   * disposition with `fileName` (Unicode preserved). Access is checked by the caller first.
   * `size` and `sha256` are what the submission recorded; a store that can check them on the way
   * out (the local one) refuses a file that differs.
   */
  createDownload(key: string, file: { fileName: string; contentType: string; size?: number; sha256?: string }): Promise<DownloadTicket>;
}
