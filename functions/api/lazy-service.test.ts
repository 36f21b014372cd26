import { describe, expect, it } from 'vitest';
import { lazyService } from './lazy-service.js';

function counter() {
  let built = 0;
  const service = {
    async double(x: number) {
      return { x: x * 2, built };
    },
    async fail() {
      throw new Error('refused');
    },
  };
  return {
    get built() {
      return built;
    },
    build: async () => {
      built += 1;
      return service;
    },
  };
}

describe('lazyService', () => {
  it('builds the use case on the first call of a method, not before, and answers as it would', async () => {
    const c = counter();
    const s = lazyService(c.build);
    expect(typeof s.double).toBe('function');
    expect(c.built).toBe(0);
    expect(await s.double(21)).toEqual({ x: 42, built: 1 });
    await expect(s.fail()).rejects.toThrow('refused');
    expect(c.built).toBe(1);
  });

  it('builds it once however many calls arrive together', async () => {
    const c = counter();
    const s = lazyService(c.build);
    await Promise.all([s.double(1), s.double(2), s.fail().catch(() => undefined)]);
    expect(c.built).toBe(1);
  });

  it('tries the load again on the next call after one failed (a chunk that did not load)', async () => {
    let attempts = 0;
    const s = lazyService(async () => {
      attempts += 1;
      if (attempts === 1) throw new Error('chunk missing');
      return { ok: async () => 'ok' };
    });
    await expect(s.ok()).rejects.toThrow('chunk missing');
    expect(await s.ok()).toBe('ok');
    expect(attempts).toBe(2);
  });

  it('is not a thenable, so awaiting the service itself does not call it', async () => {
    const c = counter();
    const s = lazyService(c.build);
    expect(await Promise.resolve(s)).toBe(s);
    expect(c.built).toBe(0);
  });
});
