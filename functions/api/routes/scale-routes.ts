import type { Hono } from 'hono';
import type { AppEnv } from '../app-env.js';
import { adminOnly } from '../auth-middleware.js';
import { intParam, readJson } from '../read-body.js';
import type { Services } from '../services.js';

/** `/api/scales`: standard scales that checklists reference as `{ "ref": "<id>@<version>" }`. */
export function scaleRoutes(app: Hono<AppEnv>, s: Services): void {
  app.get('/api/scales', async (c) => c.json({ items: await s.scales.list() }));

  app.get('/api/scales/:id', async (c) => {
    const raw = c.req.query('version');
    return c.json(await s.scales.get(c.req.param('id'), raw === undefined ? undefined : intParam(raw, 'version')));
  });

  app.post('/api/scales', adminOnly, async (c) => {
    const record = await s.scales.publish(c.get('principal'), await readJson(c));
    const { scale: _scale, ...summary } = record;
    return c.json(summary, 201);
  });
}
