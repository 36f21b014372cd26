/** Where and how a client uploads one evidence file. */
export interface UploadTicket {
  url: string;
  method: 'PUT';
  /** Headers the client must send with the upload (the signed content type, ...). */
  headers: Record<string, string>;
  key: string;
  expiresAt: string;
}

/** Blob storage for evidence: S3 presigned URLs in AWS, a local file store in local mode. */
export interface EvidenceStore {
  createUpload(input: { key: string; contentType: string; maxBytes: number }): Promise<UploadTicket>;
  exists(key: string): Promise<boolean>;
}
