import { HonoBase } from 'hono/hono-base';
import { TrieRouter } from 'hono/router/trie-router';
import { describe, expect, it } from 'vitest';
import { lazyRoutes } from './lazy-routes.js';

/** An app with a public endpoint at init, and a token check and a resource that load later. */
function app(options: { failFirstLoad?: boolean } = {}) {
  const hono = new HonoBase({ router: new TrieRouter() });
  let loads = 0;
  hono.get('/api/health', (c) => c.json({ status: 'ok' }));
  hono.notFound((c) => c.json({ error: 'not-found' }, 404));
  lazyRoutes(
    hono,
    async () => {
      loads++;
      if (options.failFirstLoad && loads === 1) throw new Error('chunk missing');
      hono.use('/api/*', async (c, next) => (c.req.header('authorization') ? next() : c.json({ error: 'unauthorized' }, 401)));
      hono.get('/api/items/:id', (c) => c.json({ id: c.req.param('id') }));
    },
    () => Response.json({ error: 'internal' }, { status: 500 }),
  );
  return { hono, loads: () => loads };
}

describe('lazyRoutes', () => {
  it('answers what the init registered without loading the rest', async () => {
    const { hono, loads } = app();
    expect(await (await hono.request('/api/health')).json()).toEqual({ status: 'ok' });
    expect(loads()).toBe(0);
  });

  it('loads the rest once, before the first request the init does not answer, and routes it as if registered at once', async () => {
    const { hono, loads } = app();
    const [a, b] = await Promise.all([
      hono.request('/api/items/7', { headers: { authorization: 'Bearer x' } }),
      hono.request('/api/items/8'),
    ]);
    expect([a.status, await a.json()]).toEqual([200, { id: '7' }]);
    // The later middleware guards the later route.
    expect(b.status).toBe(401);
    expect(loads()).toBe(1);
    expect((await hono.request('/api/items/9', { headers: { authorization: 'Bearer x' } })).status).toBe(200);
    expect(loads()).toBe(1);
  });

  it('loads the rest for another method on an init path: the later middleware answers it, as before', async () => {
    const { hono, loads } = app();
    expect((await hono.request('/api/health', { method: 'POST' })).status).toBe(401);
    expect(loads()).toBe(1);
  });

  it('answers a failed load as an error and tries again with the next request', async () => {
    const { hono, loads } = app({ failFirstLoad: true });
    expect((await hono.request('/api/items/1', { headers: { authorization: 'Bearer x' } })).status).toBe(500);
    expect((await hono.request('/api/items/1', { headers: { authorization: 'Bearer x' } })).status).toBe(200);
    expect(loads()).toBe(2);
  });
});
