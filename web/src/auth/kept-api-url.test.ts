import { afterEach, describe, expect, it, vi } from 'vitest';
import { keptApiUrl } from './kept-api-url';
import { loadRuntimeConfig } from './runtime-config';

function device(config: unknown, stored?: string) {
  const local = new Map<string, string>(stored ? [['dabiao.api-url', stored]] : []);
  vi.stubGlobal('localStorage', { getItem: (k: string) => local.get(k) ?? null, setItem: (k: string, v: string) => void local.set(k, v) });
  vi.stubGlobal('fetch', async () => (config ? new Response(JSON.stringify(config), { headers: { 'content-type': 'application/json' } }) : new Response('no', { status: 404 })));
  return local;
}

afterEach(() => void vi.unstubAllGlobals());

describe('the API address kept for the next start', () => {
  it('is the one this start\'s configuration names, without trailing slashes', async () => {
    const local = device({ apiUrl: 'https://api.example.cn/', auth: { mode: 'builtin', issuer: 'x' } }, 'https://old.example.cn');
    await loadRuntimeConfig();
    expect(local.get('dabiao.api-url')).toBe('https://api.example.cn');
    expect(keptApiUrl()).toBe('https://api.example.cn');
  });

  it('is left as it was when the configuration cannot be read (offline), and none is made up', async () => {
    device(undefined, 'https://api.example.cn');
    await loadRuntimeConfig();
    expect(keptApiUrl()).toBe('https://api.example.cn');
    device(undefined);
    await loadRuntimeConfig();
    expect(keptApiUrl()).toBeUndefined();
  });

  it('is not taken when the stored value is not an http(s) address', () => {
    device(undefined, 'javascript:alert(1)');
    expect(keptApiUrl()).toBeUndefined();
  });
});
