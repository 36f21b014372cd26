import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { createInMemoryRepositories } from '../adapters/local/in-memory-repositories.js';
import { systemClock } from '../domain/ports/clock.js';
import type { ServiceDeps } from '../domain/services/service-deps.js';
import { lazyServices } from './lazy-services.js';

// Building the use cases touches none of these; the engine, queue and evidence store stay unused.
const deps = {
  repos: createInMemoryRepositories(),
  engine: {},
  queue: {},
  evidence: {},
  clock: systemClock,
  config: { maxEvidenceBytes: 1024 },
} as unknown as ServiceDeps;

describe('lazyServices', () => {
  it('builds no use case until a request passes its middleware, then every one', async () => {
    const { services, load } = lazyServices(deps);
    expect(Object.keys(services)).toEqual([]);
    const app = new Hono();
    app.get('/api/health', (c) => c.json({ loaded: Object.keys(services).length }));
    app.use('/api/*', load);
    app.get('/api/submissions/:id', (c) => c.json({ loaded: Object.keys(services).sort(), get: typeof services.submissions.get }));

    // A route registered before the middleware (health, sign-in) does not load them.
    expect(await (await app.request('/api/health')).json()).toEqual({ loaded: 0 });
    const body = (await (await app.request('/api/submissions/s-1')).json()) as { loaded: string[]; get: string };
    expect(body.get).toBe('function');
    expect(body.loaded).toEqual(expect.arrayContaining(['checklists', 'submissions', 'workflow', 'rounds', 'directory', 'dashboards']));
  });

  it('builds them once however many requests arrive together', async () => {
    const { services, load } = lazyServices(deps);
    const seen = new Set<unknown>();
    const app = new Hono();
    app.use('/api/*', load);
    app.get('/api/x', (c) => {
      seen.add(services.submissions);
      return c.text('ok');
    });
    await Promise.all([app.request('/api/x'), app.request('/api/x'), app.request('/api/x')]);
    await app.request('/api/x');
    expect(seen.size).toBe(1);
  });
});
