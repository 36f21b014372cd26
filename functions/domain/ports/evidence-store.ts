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

/** Blob storage for evidence: S3 presigned URLs in AWS, a local file store in local mode. */
export interface EvidenceStore {
  createUpload(input: { key: string; contentType: string; maxBytes: number }): Promise<UploadTicket>;
  exists(key: string): Promise<boolean>;
  /**
   * A signed, expiring GET URL for `key`. The response carries `contentType` and an attachment
   * disposition with `fileName` (Unicode preserved). Access is checked by the caller first.
   */
  createDownload(key: string, file: { fileName: string; contentType: string }): Promise<DownloadTicket>;
}
