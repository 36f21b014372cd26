import 'aws-sdk-client-mock-vitest/extend';
import { GetObjectCommand, HeadObjectCommand, NoSuchKey, NotFound, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { S3EvidenceStore } from '../../functions/adapters/aws/s3-evidence-store.js';
import { createS3Client } from '../../functions/handlers/s3-client.js';
import * as sdk from '../../functions/handlers/s3-sdk.mjs';

const now = new Date('2026-03-01T08:00:00.000Z');
const KEY = 'evidence/sub-1/c-3/0f8fad5b-d9cb-469f-a165-70867728950e-report.pdf';
const SHA = 'b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9'; // sha256("hello world")
const SHA_B64 = Buffer.from(SHA, 'hex').toString('base64');
/** Keys the service never issues: traversal, other shapes, separators. */
const BAD_KEYS = [
  'evidence/sub-1/c-3/../../sub-2/c-3/0f8fad5b-d9cb-469f-a165-70867728950e-a.pdf',
  'evidence/sub-1/c-3/0f8fad5b-d9cb-469f-a165-70867728950e-a/../../../x.pdf',
  'evidence/sub-1/c-3/report.pdf',
  'evidence/sub-1/../0f8fad5b-d9cb-469f-a165-70867728950e-a.pdf',
  '/evidence/sub-1/c-3/0f8fad5b-d9cb-469f-a165-70867728950e-a.pdf',
  'evidence/sub-1/c-3/0f8fad5b-d9cb-469f-a165-70867728950e-a\\..\\b.pdf',
  'other/sub-1/c-3/0f8fad5b-d9cb-469f-a165-70867728950e-a.pdf',
];

describe('S3EvidenceStore.createUpload', () => {
  beforeEach(() => {
    // Presigning is offline: any static credentials will do.
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'AKIDEXAMPLE');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'secret');
  });
  afterEach(() => vi.unstubAllEnvs());

  const upload = (store: S3EvidenceStore, overrides: { size?: number; sha256?: string } = {}) =>
    store.createUpload({ key: KEY, contentType: 'application/pdf', size: 524288, sha256: SHA, ...overrides });

  it('signs content-type, content-length, If-None-Match and the SHA-256, so S3 refuses another type, size or body, and any overwrite', async () => {
    const store = new S3EvidenceStore(sdk, createS3Client(sdk, { region: 'cn-north-1' }), 'evidence-bucket', { now: () => now });
    const ticket = await upload(store);
    const url = new URL(ticket.url);

    expect(url.host).toBe('evidence-bucket.s3.cn-north-1.amazonaws.com.cn');
    expect(url.pathname).toBe(`/${KEY}`);
    expect(url.searchParams.get('X-Amz-SignedHeaders')?.split(';')).toEqual(['content-length', 'content-type', 'host', 'if-none-match', 'x-amz-checksum-sha256']);
    expect(url.searchParams.get('X-Amz-Expires')).toBe('300');
    // Signed headers are not in the URL: the client has to send them, exactly these values.
    expect(ticket).toMatchObject({
      method: 'PUT',
      key: KEY,
      headers: { 'content-type': 'application/pdf', 'content-length': '524288', 'if-none-match': '*', 'x-amz-checksum-sha256': SHA_B64 },
      expiresAt: '2026-03-01T08:05:00.000Z',
    });
  });

  it('binds the size and the SHA-256 into the signature', async () => {
    const store = new S3EvidenceStore(sdk, createS3Client(sdk, { region: 'cn-north-1' }), 'evidence-bucket', { now: () => now });
    const a = new URL((await upload(store)).url).searchParams.get('X-Amz-Signature');
    const b = new URL((await upload(store, { size: 524289 })).url).searchParams.get('X-Amz-Signature');
    const c = new URL((await upload(store, { sha256: 'f'.repeat(64) })).url).searchParams.get('X-Amz-Signature');
    expect(new Set([a, b, c]).size).toBe(3);
  });

  it('refuses to sign a key the service never issues (400), whatever its shape', async () => {
    const store = new S3EvidenceStore(sdk, createS3Client(sdk, { region: 'cn-north-1' }), 'evidence-bucket');
    for (const key of BAD_KEYS) {
      await expect(store.createUpload({ key, contentType: 'application/pdf', size: 10, sha256: SHA }), key).rejects.toMatchObject({ code: 'invalid-evidence' });
      await expect(store.createDownload(key, { fileName: 'a.pdf', contentType: 'application/pdf' }), key).rejects.toMatchObject({ code: 'invalid-evidence' });
    }
  });

  it('carries no checksum of the empty presign body (S3 would reject every real upload)', async () => {
    const store = new S3EvidenceStore(sdk, createS3Client(sdk, { region: 'us-east-1' }), 'evidence-bucket');
    const params = [...new URL((await upload(store)).url).searchParams.keys()].map((k) => k.toLowerCase());
    // The declared SHA-256 travels as a signed header (see the first test), never as a query parameter.
    expect(params.filter((name) => name.startsWith('x-amz-checksum') || name === 'x-amz-sdk-checksum-algorithm')).toEqual([]);
  });

  it('keeps a Chinese file name in the key intact', async () => {
    const store = new S3EvidenceStore(sdk, createS3Client(sdk, { region: 'cn-north-1' }), 'evidence-bucket');
    const key = 'evidence/sub-1/c-3/0f8fad5b-d9cb-469f-a165-70867728950e-胸痛中心认证.pdf';
    const ticket = await store.createUpload({ key, contentType: 'application/pdf', size: 10, sha256: SHA });
    expect(decodeURIComponent(new URL(ticket.url).pathname)).toBe(`/${key}`);
  });

  it('refuses a size that is not a positive whole number of bytes', async () => {
    const store = new S3EvidenceStore(sdk, createS3Client(sdk, { region: 'us-east-1' }), 'evidence-bucket');
    for (const size of [0, -1, 1.5, Number.NaN]) {
      await expect(store.createUpload({ key: KEY, contentType: 'image/png', size, sha256: SHA })).rejects.toThrow(RangeError);
    }
    await expect(store.createUpload({ key: KEY, contentType: 'image/png', size: 1, sha256: SHA_B64 })).rejects.toThrow(RangeError);
  });
});

describe('S3EvidenceStore.stat', () => {
  const s3 = mockClient(S3Client);
  beforeEach(() => s3.reset());
  const store = () => new S3EvidenceStore(sdk, new S3Client({ region: 'us-east-1' }), 'evidence-bucket');

  it('asks HeadObject (with checksum mode) for the key, and answers its size and SHA-256 as hex', async () => {
    s3.on(HeadObjectCommand).resolves({ ContentLength: 11, ChecksumSHA256: SHA_B64 });
    await expect(store().stat(KEY)).resolves.toEqual({ size: 11, sha256: SHA });
    expect(s3).toHaveReceivedCommandWith(HeadObjectCommand, { Bucket: 'evidence-bucket', Key: KEY, ChecksumMode: 'ENABLED' });
  });

  it('answers the size alone for an object stored without a SHA-256 (or with a multipart composite one)', async () => {
    s3.on(HeadObjectCommand).resolvesOnce({ ContentLength: 10 }).resolvesOnce({ ContentLength: 10, ChecksumSHA256: `${SHA_B64}-2` });
    await expect(store().stat(KEY)).resolves.toEqual({ size: 10 });
    await expect(store().stat(KEY)).resolves.toEqual({ size: 10 });
  });

  it('answers false for a missing object', async () => {
    s3.on(HeadObjectCommand).rejects(new NotFound({ message: 'Not Found', $metadata: { httpStatusCode: 404 } }));
    await expect(store().stat(KEY)).resolves.toBeUndefined();
  });

  it('answers false for a key the service never issues, without asking S3', async () => {
    s3.on(HeadObjectCommand).resolves({ ContentLength: 10 });
    for (const key of BAD_KEYS) await expect(store().stat(key), key).resolves.toBeUndefined();
    expect(s3.calls()).toHaveLength(0);
  });

  it('does not mistake a permission error for a missing object', async () => {
    const forbidden = new S3ServiceException({ name: 'Forbidden', $fault: 'client', $metadata: { httpStatusCode: 403 } });
    s3.on(HeadObjectCommand).rejects(forbidden);
    await expect(store().stat(KEY)).rejects.toBe(forbidden);
  });
});

describe('S3EvidenceStore.readStart', () => {
  const s3 = mockClient(S3Client);
  beforeEach(() => s3.reset());
  const store = () => new S3EvidenceStore(sdk, new S3Client({ region: 'us-east-1' }), 'evidence-bucket');

  it('asks for the first bytes only (a ranged GetObject) and answers them', async () => {
    // The SDK's stream body, as far as the store uses it.
    s3.on(GetObjectCommand).resolves({ Body: { transformToByteArray: async () => new Uint8Array(Buffer.from('%PDF')) } as never });
    await expect(store().readStart(KEY, 1024)).resolves.toEqual(new Uint8Array(Buffer.from('%PDF')));
    expect(s3).toHaveReceivedCommandWith(GetObjectCommand, { Bucket: 'evidence-bucket', Key: KEY, Range: 'bytes=0-1023' });
  });

  it('answers nothing for a missing object or a foreign key (without asking S3), no bytes for an empty object', async () => {
    s3.on(GetObjectCommand)
      .rejectsOnce(new NoSuchKey({ message: 'no', $metadata: { httpStatusCode: 404 } }))
      .rejectsOnce(new S3ServiceException({ name: 'InvalidRange', $fault: 'client', $metadata: { httpStatusCode: 416 } }));
    await expect(store().readStart(KEY, 8)).resolves.toBeUndefined();
    await expect(store().readStart(KEY, 8)).resolves.toEqual(new Uint8Array(0));
    s3.reset();
    for (const key of BAD_KEYS) await expect(store().readStart(key, 8), key).resolves.toBeUndefined();
    expect(s3.calls()).toHaveLength(0);
  });
});

describe('S3EvidenceStore.createDownload', () => {
  beforeEach(() => {
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'AKIDEXAMPLE');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'secret');
  });
  afterEach(() => vi.unstubAllEnvs());

  const key = 'evidence/sub-1/c-3/0f8fad5b-d9cb-469f-a165-70867728950e-胸痛中心认证.pdf';
  const download = (store: S3EvidenceStore) => store.createDownload(key, { fileName: '胸痛中心认证 (终稿).pdf', contentType: 'application/pdf' });

  it('presigns a GET of the key that expires, with the original Chinese name as an RFC 5987 attachment', async () => {
    const store = new S3EvidenceStore(sdk, createS3Client(sdk, { region: 'cn-north-1' }), 'evidence-bucket', { now: () => now });
    const ticket = await download(store);
    const url = new URL(ticket.url);
    expect(url.host).toBe('evidence-bucket.s3.cn-north-1.amazonaws.com.cn');
    expect(decodeURIComponent(url.pathname)).toBe(`/${key}`);
    expect(url.searchParams.get('X-Amz-Expires')).toBe('300');
    expect(url.searchParams.get('X-Amz-Signature')).toMatch(/^[0-9a-f]{64}$/);
    expect(url.searchParams.get('response-content-type')).toBe('application/pdf');
    const disposition = url.searchParams.get('response-content-disposition')!;
    expect(disposition).toBe(`attachment; filename="_ (_).pdf"; filename*=UTF-8''%E8%83%B8%E7%97%9B%E4%B8%AD%E5%BF%83%E8%AE%A4%E8%AF%81%20%28%E7%BB%88%E7%A8%BF%29.pdf`);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1]!)).toBe('胸痛中心认证 (终稿).pdf');
    expect(ticket.expiresAt).toBe('2026-03-01T08:05:00.000Z');
  });

  it('signs the name and type overrides, so changing them breaks the URL', async () => {
    const store = new S3EvidenceStore(sdk, createS3Client(sdk, { region: 'cn-north-1' }), 'evidence-bucket', { now: () => now });
    const a = new URL((await download(store)).url).searchParams.get('X-Amz-Signature');
    const b = new URL((await store.createDownload(key, { fileName: 'other.pdf', contentType: 'application/pdf' })).url).searchParams.get('X-Amz-Signature');
    const c = new URL((await store.createDownload(key, { fileName: '胸痛中心认证 (终稿).pdf', contentType: 'text/html' })).url).searchParams.get('X-Amz-Signature');
    expect(new Set([a, b, c]).size).toBe(3);
  });

  it('sends nothing to S3: presigning is offline', async () => {
    const s3 = mockClient(S3Client);
    try {
      await download(new S3EvidenceStore(sdk, new S3Client({ region: 'us-east-1' }), 'evidence-bucket'));
      expect(s3.calls()).toHaveLength(0);
    } finally {
      s3.restore();
    }
  });
});
