import { createHash } from 'node:crypto';
import { expect, it } from 'vitest';
import type { DomainError } from '../../functions/domain/errors.js';
import type { EvidenceStore, UploadTicket } from '../../functions/domain/ports/evidence-store.js';
import { evidenceKey } from '../../functions/domain/services/evidence-rules.js';

/** A fresh, empty evidence store, and how a client uploads to one of its tickets. */
export interface EvidenceHarness {
  store: EvidenceStore;
  upload(ticket: UploadTicket, contentType: string, body: Uint8Array): Promise<void>;
}

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const bytes = (s: string) => new TextEncoder().encode(s);
const codeOf = (p: Promise<unknown>) => p.then(() => 'resolved', (e: DomainError) => e.code ?? String(e));

/**
 * What the services rely on from an evidence store (the port's documented contract), run
 * unchanged against each adapter that can run here.
 */
export function evidenceStoreContract(open: () => Promise<EvidenceHarness>): void {
  const key = () => evidenceKey('r1.inst-a.self', 'icu', 'ICU证明.pdf');

  it('keys of another form are refused for upload and download, and never found', async () => {
    const { store } = await open();
    for (const bad of ['../etc/passwd', 'evidence/r1.inst-a.self/icu/x.pdf', 'evidence/../../x/00000000-0000-0000-0000-000000000000-a.pdf']) {
      expect(await codeOf(store.createUpload({ key: bad, contentType: 'application/pdf', size: 1, sha256: sha(bytes('x')) }))).toBe('invalid-evidence');
      expect(await codeOf(store.createDownload(bad, { fileName: 'a.pdf', contentType: 'application/pdf' }))).toBe('invalid-evidence');
      expect(await store.stat(bad)).toBeUndefined();
    }
  });

  it('reads back the start of a stored file (what the content check reads), nothing before it is uploaded or under a foreign key', async () => {
    const h = await open();
    const k = key();
    const body = bytes('%PDF-1.7 证明材料');
    expect(await h.store.readStart(k, 4)).toBeUndefined();
    await h.upload(await h.store.createUpload({ key: k, contentType: 'application/pdf', size: body.byteLength, sha256: sha(body) }), 'application/pdf', body);
    expect(await h.store.readStart(k, 4)).toEqual(bytes('%PDF'));
    expect(await h.store.readStart(k, 1024)).toEqual(body);
    expect(await h.store.readStart('../etc/passwd', 4)).toBeUndefined();
  });

  it('the declared file is stored and described by its size and SHA-256; nothing is found before', async () => {
    const h = await open();
    const k = key();
    const body = bytes('%PDF-1.7 证明');
    expect(await h.store.stat(k)).toBeUndefined();
    const ticket = await h.store.createUpload({ key: k, contentType: 'application/pdf', size: body.byteLength, sha256: sha(body) });
    expect(ticket).toMatchObject({ key: k, method: 'PUT' });
    await h.upload(ticket, 'application/pdf', body);
    expect(await h.store.stat(k)).toEqual({ size: body.byteLength, sha256: sha(body) });
    const download = await h.store.createDownload(k, { fileName: 'ICU证明.pdf', contentType: 'application/pdf', size: body.byteLength, sha256: sha(body) });
    expect(Date.parse(download.expiresAt)).toBeGreaterThan(Date.now());
  });

  it('other bytes than declared are refused and nothing is stored', async () => {
    const h = await open();
    const k = key();
    const declared = bytes('the declared file');
    const ticket = await h.store.createUpload({ key: k, contentType: 'application/pdf', size: declared.byteLength, sha256: sha(declared) });
    expect(await codeOf(h.upload(ticket, 'application/pdf', bytes('the declared filf')))).toBe('invalid-evidence');
    expect(await codeOf(h.upload(ticket, 'application/pdf', bytes('short')))).toBe('invalid-evidence');
    expect(await h.store.stat(k)).toBeUndefined();
  });

  it('write-once: a second upload to a key is already-exists and the first file stays', async () => {
    const h = await open();
    const k = key();
    const first = bytes('first');
    const second = bytes('second');
    await h.upload(await h.store.createUpload({ key: k, contentType: 'application/pdf', size: first.byteLength, sha256: sha(first) }), 'application/pdf', first);
    const again = await h.store.createUpload({ key: k, contentType: 'application/pdf', size: second.byteLength, sha256: sha(second) });
    expect(await codeOf(h.upload(again, 'application/pdf', second))).toBe('already-exists');
    expect(await h.store.stat(k)).toEqual({ size: first.byteLength, sha256: sha(first) });
  });
}
