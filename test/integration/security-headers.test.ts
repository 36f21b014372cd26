import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

describe('security headers', () => {
  it('every API answer (success, client error, unknown route, wrong method) is nosniff, unframeable and never cached', async () => {
    const replies = [
      await h.api('GET', '/api/health'),
      await h.api('GET', '/api/rounds', { as: 'insta' }),
      await h.api('GET', '/api/rounds'),
      await h.api('GET', '/api/nowhere', { as: 'admin' }),
      await h.api('DELETE', '/api/rounds', { as: 'admin' }),
      await h.api('POST', '/api/auth/login', { body: '{' }),
    ];
    expect(replies.map((r) => r.status)).toEqual([200, 200, 401, 404, 405, 400]);
    for (const r of replies) {
      expect(r.headers.get('x-content-type-options')).toBe('nosniff');
      expect(r.headers.get('cache-control')).toBe('no-store');
      expect(r.headers.get('x-frame-options')).toBe('DENY');
      expect(r.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    }
  });

  it('/api/docs has a CSP that allows its own start-up script by hash and nothing inline besides', async () => {
    const docs = await h.api('GET', '/api/docs');
    expect(docs.status).toBe(200);
    const csp = docs.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    const inline = [...docs.text.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
    expect(inline.length).toBeGreaterThan(0);
    for (const script of inline) expect(csp).toContain(`'sha256-${createHash('sha256').update(script).digest('base64')}'`);
    // The UI's own files come from this API (no CDN in the policy when the API serves them).
    expect(csp).not.toContain('cdn.jsdelivr.net');
    expect(docs.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('the docs assets keep their own caching', async () => {
    const css = await h.api('GET', '/api/docs/assets/swagger-ui-dist/swagger-ui.css');
    expect(css.status).toBe(200);
    expect(css.headers.get('cache-control')).toBe('public, max-age=86400');
    expect(css.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
