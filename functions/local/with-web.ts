import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { compress } from 'hono/compress';

/**
 * The web app's runtime settings, served as `/config.json` (in AWS the web hosting bucket holds
 * the same file): where the API is and who issues identities.
 */
export interface WebRuntimeConfig {
  apiUrl: string;
  auth: { mode: string; issuer: string; audience?: string; clientId?: string };
  /** Local mode with the demo accounts seeded: the login page names them (never set in AWS). */
  demoAccounts?: boolean;
}

/**
 * Serves the built web app (`webDir`, when it exists) from the same origin as the API: `/api/*`
 * and the issuer's `/.well-known/*` go to the API, `/config.json` is `runtimeConfig` for the
 * origin the browser used, files are
 * served as they are, and any other path gets `index.html` so the single-page app can route on
 * the client.
 */
export function withWeb(api: Hono, webDir: string, runtimeConfig?: (origin: string) => WebRuntimeConfig): { fetch: (request: Request) => Response | Promise<Response>; serving: boolean } {
  if (!existsSync(join(webDir, 'index.html'))) return { fetch: api.fetch, serving: false };
  const outer = new Hono();
  // Gzip what the browser downloads: the app's JavaScript and a checklist's definition are most of
  // the form page's bytes, and on a slow line they decide when it becomes usable.
  outer.use('*', compress());
  outer.all('/api/*', (c) => api.fetch(c.req.raw));
  outer.all('/.well-known/*', (c) => api.fetch(c.req.raw));
  // The API is this same server, at whatever address the browser reached it by.
  if (runtimeConfig) outer.get('/config.json', (c) => c.json(runtimeConfig(new URL(c.req.url).origin), 200, { 'cache-control': 'no-cache' }));
  // The service worker (sw.js, its Workbox runtime), the manifest and the page shell name the
  // current build: revalidated on every load, or a browser keeps an old app. Hashed files under
  // /assets never change, so only they may be cached for good.
  outer.use('/*', async (c, next) => {
    await next();
    const hashed = c.req.path.startsWith('/assets/') && !c.res.headers.get('content-type')?.startsWith('text/html');
    c.header('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
  });
  // The build's Brotli or gzip copies (`precompress`) where the browser takes them; `compress()`
  // above leaves an encoded response alone and gzips only what has no copy.
  outer.use('/*', serveStatic({ root: webDir, precompressed: true }));
  outer.get('/*', serveStatic({ root: webDir, path: 'index.html', precompressed: true }));
  return { fetch: outer.fetch, serving: true };
}
