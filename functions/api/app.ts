import { Hono } from 'hono';
import type { AppDeps } from './app-deps.js';

export type { AppDeps } from './app-deps.js';

/** Builds the HTTP API. Pure wiring: no I/O happens until a request arrives. */
export function createApp(deps: AppDeps): Hono {
  const app = new Hono();
  void deps;
  app.get('/api/health', (c) => c.json({ status: 'ok' }));
  return app;
}
