import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { brotliCompressSync, brotliDecompressSync } from 'node:zlib';
import { Hono } from 'hono';
import { afterAll, describe, expect, it } from 'vitest';
import { withWeb } from './with-web.js';

const api = new Hono();
api.get('/api/health', (c) => c.json({ status: 'ok' }));
api.get('/.well-known/jwks.json', (c) => c.json({ keys: [] }));
api.notFound((c) => c.json({ error: { code: 'not-found' } }, 404));

describe('withWeb', () => {
  let dir = '';
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('serves the API alone when the web app is not built', async () => {
    const site = withWeb(api, join(tmpdir(), 'no-such-web-dist'));
    expect(site.serving).toBe(false);
    expect((await site.fetch(new Request('http://x/api/health'))).status).toBe(200);
  });

  it('serves files, falls back to index.html for client routes, and leaves /api to the API', async () => {
    dir = await mkdtemp(join(tmpdir(), 'web-'));
    await writeFile(join(dir, 'index.html'), '<title>达标</title>');
    await writeFile(join(dir, 'app.js'), 'console.log(1)');
    // serveStatic resolves `root` against the working directory.
    const site = withWeb(api, relative(process.cwd(), dir));
    expect(site.serving).toBe(true);
    expect(await (await site.fetch(new Request('http://x/app.js'))).text()).toBe('console.log(1)');
    expect(await (await site.fetch(new Request('http://x/rounds/r1'))).text()).toContain('达标');
    expect(await (await site.fetch(new Request('http://x/api/health'))).json()).toEqual({ status: 'ok' });
    expect((await site.fetch(new Request('http://x/api/nope'))).status).toBe(404);
  });

  it('serves /config.json for the origin the browser used, and passes the issuer\'s /.well-known/* to the API', async () => {
    const cfgDir = await mkdtemp(join(tmpdir(), 'web-cfg-'));
    try {
      await writeFile(join(cfgDir, 'index.html'), '<title>达标</title>');
      const site = withWeb(api, relative(process.cwd(), cfgDir), (origin) => ({ apiUrl: origin, auth: { mode: 'builtin', issuer: 'http://localhost:3000' } }));
      const config = await site.fetch(new Request('http://127.0.0.1:3000/config.json'));
      expect(config.headers.get('cache-control')).toBe('no-cache');
      expect(await config.json()).toEqual({ apiUrl: 'http://127.0.0.1:3000', auth: { mode: 'builtin', issuer: 'http://localhost:3000' } });
      expect(await (await site.fetch(new Request('http://x/.well-known/jwks.json'))).json()).toEqual({ keys: [] });
    } finally {
      await rm(cfgDir, { recursive: true, force: true });
    }
  });

  it('serves the service worker and the shell for revalidation on every load, hashed assets for good', async () => {
    const swDir = await mkdtemp(join(tmpdir(), 'web-sw-'));
    try {
      await writeFile(join(swDir, 'index.html'), '<title>达标</title>');
      await writeFile(join(swDir, 'sw.js'), 'self.skipWaiting()');
      await writeFile(join(swDir, 'manifest.webmanifest'), '{"short_name":"达标"}');
      await mkdir(join(swDir, 'assets'));
      await writeFile(join(swDir, 'assets', 'app-abc123.js'), 'console.log(1)');
      const site = withWeb(api, relative(process.cwd(), swDir));
      const get = (path: string) => site.fetch(new Request(`http://x${path}`));
      const sw = await get('/sw.js');
      // A stale worker would keep serving an old app after a deploy.
      expect(sw.headers.get('content-type')).toMatch(/javascript/);
      expect(sw.headers.get('cache-control')).toBe('no-cache');
      expect((await get('/manifest.webmanifest')).headers.get('content-type')).toMatch(/manifest\+json/);
      expect((await get('/')).headers.get('cache-control')).toBe('no-cache');
      expect((await get('/inst/fill/x')).headers.get('cache-control')).toBe('no-cache');
      expect((await get('/assets/app-abc123.js')).headers.get('cache-control')).toContain('immutable');
      // A file of an older build is gone: the fallback page must not be kept as if it were that file.
      expect((await get('/assets/gone-000.js')).headers.get('cache-control')).toBe('no-cache');
      expect((await get('/api/health')).headers.get('cache-control')).toBeNull();
    } finally {
      await rm(swDir, { recursive: true, force: true });
    }
  });

  it('gzips what it serves to a browser that accepts it (the app bundle is most of a page load)', async () => {
    const gzDir = await mkdtemp(join(tmpdir(), 'web-gz-'));
    try {
      await writeFile(join(gzDir, 'index.html'), '<title>达标</title>');
      await writeFile(join(gzDir, 'big.js'), 'console.log("达标");\n'.repeat(500));
      const site = withWeb(api, relative(process.cwd(), gzDir));
      const res = await site.fetch(new Request('http://x/big.js', { headers: { 'accept-encoding': 'gzip' } }));
      expect(res.headers.get('content-encoding')).toBe('gzip');
      expect(await new Response(res.body!.pipeThrough(new DecompressionStream('gzip'))).text()).toContain('console.log("达标")');
    } finally {
      await rm(gzDir, { recursive: true, force: true });
    }
  });

  it('sends the Brotli copy made at build time (precompress) to a browser that takes it, gzip otherwise, typed and cached as the file', async () => {
    const brDir = await mkdtemp(join(tmpdir(), 'web-br-'));
    try {
      const js = 'console.log("达标");\n'.repeat(500);
      await writeFile(join(brDir, 'index.html'), '<title>达标</title>');
      await mkdir(join(brDir, 'assets'));
      await writeFile(join(brDir, 'assets', 'app-abc123.js'), js);
      await writeFile(join(brDir, 'assets', 'app-abc123.js.br'), brotliCompressSync(js));
      const site = withWeb(api, relative(process.cwd(), brDir));
      const get = (encodings: string) => site.fetch(new Request('http://x/assets/app-abc123.js', { headers: { 'accept-encoding': encodings } }));
      const br = await get('gzip, deflate, br, zstd');
      expect(br.headers.get('content-encoding')).toBe('br');
      expect(br.headers.get('content-type')).toMatch(/javascript/);
      expect(br.headers.get('cache-control')).toContain('immutable');
      expect(br.headers.get('vary')).toMatch(/accept-encoding/i);
      expect(brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString()).toBe(js);
      // No Brotli accepted: compressed on the fly as before.
      const gz = await get('gzip');
      expect(gz.headers.get('content-encoding')).toBe('gzip');
      expect(await new Response(gz.body!.pipeThrough(new DecompressionStream('gzip'))).text()).toBe(js);
    } finally {
      await rm(brDir, { recursive: true, force: true });
    }
  });
});
