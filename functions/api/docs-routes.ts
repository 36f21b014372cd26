import { createHash } from 'node:crypto';
import type { Context, Hono, MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.js';

/** The Swagger UI files the docs page loads, served by the API itself (no CDN: hospital networks often cannot reach one). */
export interface DocsAssets {
  read(file: string): Promise<Uint8Array | undefined>;
}

const FILES: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
};

/** Where Swagger UI's files come from when neither the API nor the web hosting serves them. */
const CDN = 'https://cdn.jsdelivr.net';

/**
 * The docs page's Content-Security-Policy: its own inline start-up script by hash (no
 * 'unsafe-inline' for scripts), the UI's files from this origin or where they are hosted, calls to
 * this API only, and never inside a frame (clickjacking the "Try it out" buttons).
 */
function docsPolicy(html: string, filesFrom: string | undefined): string {
  const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => `'sha256-${createHash('sha256').update(m[1] ?? '').digest('base64')}'`);
  const files = filesFrom ? `'self' ${filesFrom}` : "'self'";
  return [
    "default-src 'none'",
    `script-src ${files} ${inline.join(' ')}`,
    // Swagger UI styles some elements inline; styles cannot run code.
    `style-src ${files} 'unsafe-inline'`,
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** The origin a hosted asset URL points at, or undefined for a path on this origin. */
function originOf(url: string): string | undefined {
  return /^https?:\/\//i.test(url) ? new URL(url).origin : undefined;
}

/**
 * `/api/docs`: Swagger UI over `/api/openapi.json`, its assets served from `assets` when given,
 * or loaded from the `baseUrl` that hosts them (the web hosting in AWS).
 */
export function docsRoutes(app: Hono<AppEnv>, assets: DocsAssets | { baseUrl: string } | undefined): void {
  const hosted = assets && 'baseUrl' in assets ? assets.baseUrl : undefined;
  const baseUrl = hosted ?? (assets ? '/api/docs/assets' : undefined);
  const filesFrom = hosted !== undefined ? originOf(hosted) : assets ? undefined : CDN;
  // Swagger UI's renderer loads with the first docs page, not in every cold start.
  let page: Promise<MiddlewareHandler> | undefined;
  app.get('/api/docs', async (c, next) => {
    page ??= import('@hono/swagger-ui').then(({ swaggerUI }) => swaggerUI({ url: '/api/openapi.json', title: '达标 Dabiao API', ...(baseUrl ? { baseUrl } : {}) }));
    // Swagger UI's middleware renders the page; the policy is made from what it rendered.
    const res = (await (await page)(c as unknown as Context, next)) as Response;
    const html = await res.text();
    return c.html(html, 200, { 'content-security-policy': docsPolicy(html, filesFrom) });
  });
  if (!assets || 'baseUrl' in assets) return;
  app.get('/api/docs/assets/swagger-ui-dist/:file', async (c) => {
    const file = c.req.param('file');
    const type = FILES[file];
    const body = type ? await assets.read(file) : undefined;
    if (!type || !body) return c.json({ error: { code: 'not-found', message: `No docs asset ${file}`, details: null } }, 404);
    return c.body(body as Uint8Array<ArrayBuffer>, 200, { 'content-type': type, 'cache-control': 'public, max-age=86400' });
  });
}
