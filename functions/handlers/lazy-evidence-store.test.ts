import { describe, expect, it, vi } from 'vitest';
import type { EvidenceStore } from '../domain/ports/evidence-store.js';
import { lazyEvidenceStore } from './lazy-evidence-store.js';

const real: EvidenceStore = {
  createUpload: async (input) => ({ url: `https://s3/${input.key}`, method: 'PUT', headers: {}, key: input.key, expiresAt: 'x' }),
  stat: async (key) => (key === 'there' ? { size: 3, sha256: 'ab' } : undefined),
  readStart: async (key, length) => (key === 'there' ? new Uint8Array([1, 2, 3]).slice(0, length) : undefined),
  createDownload: async (key) => ({ url: `https://s3/${key}`, expiresAt: 'x' }),
};

describe('lazyEvidenceStore', () => {
  it('loads the real store once, on first use, and delegates every call to it', async () => {
    const load = vi.fn(async () => real);
    const store = lazyEvidenceStore(load);
    expect(load).not.toHaveBeenCalled();
    expect(await store.stat('there')).toEqual({ size: 3, sha256: 'ab' });
    expect(await store.readStart('there', 2)).toEqual(new Uint8Array([1, 2]));
    expect(await store.createDownload('k', { fileName: 'a.pdf', contentType: 'application/pdf' })).toEqual({ url: 'https://s3/k', expiresAt: 'x' });
    expect((await store.createUpload({ key: 'u', contentType: 'image/png', size: 1, sha256: 'ab' })).url).toBe('https://s3/u');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('tries loading again after a failed load instead of failing forever', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('boom')).mockResolvedValue(real);
    const store = lazyEvidenceStore(load);
    await expect(store.stat('there')).rejects.toThrow('boom');
    expect(await store.stat('there')).toEqual({ size: 3, sha256: 'ab' });
    expect(await store.readStart('there', 2)).toEqual(new Uint8Array([1, 2]));
  });
});
