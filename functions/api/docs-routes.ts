import { swaggerUI } from '@hono/swagger-ui';
import type { Hono } from 'hono';
import type { AppEnv } from './app-env.js';

/** The Swagger UI files the docs page loads, served by the API itself (no CDN: hospital networks often cannot reach one). */
export interface DocsAssets {
  read(file: string): Promise<Uint8Array | undefined>;
}

const FILES: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
};

/**
 * `/api/docs`: Swagger UI over `/api/openapi.json`, its assets served from `assets` when given,
 * or loaded from the `baseUrl` that hosts them (the web hosting in AWS).
 */
export function docsRoutes(app: Hono<AppEnv>, assets: DocsAssets | { baseUrl: string } | undefined): void {
  const baseUrl = assets && 'baseUrl' in assets ? assets.baseUrl : assets ? '/api/docs/assets' : undefined;
  app.get('/api/docs', swaggerUI({ url: '/api/openapi.json', title: '达标 Dabiao API', ...(baseUrl ? { baseUrl } : {}) }));
  if (!assets || 'baseUrl' in assets) return;
  app.get('/api/docs/assets/swagger-ui-dist/:file', async (c) => {
    const file = c.req.param('file');
    const type = FILES[file];
    const body = type ? await assets.read(file) : undefined;
    if (!type || !body) return c.json({ error: { code: 'not-found', message: `No docs asset ${file}`, details: null } }, 404);
    return c.body(body as Uint8Array<ArrayBuffer>, 200, { 'content-type': type, 'cache-control': 'public, max-age=86400' });
  });
}
