import type { Hono } from 'hono';
import type { AppEnv } from '../app-env.js';
import { adminOnly } from '../auth-middleware.js';
import { intParam, readBody, readJson } from '../read-body.js';
import { DryRunBody, RetireBody } from '../schemas.js';
import type { Services } from '../services.js';

/** `/api/checklists`: list, get, publish, retire, restore, dry run; `/api/context-fields`: their context fields. */
export function checklistRoutes(app: Hono<AppEnv>, s: Services): void {
  app.get('/api/checklists', async (c) => {
    const allVersions = c.req.query('all') === 'true';
    return c.json({ items: await s.checklists.list({ allVersions }) });
  });

  // Not under /api/checklists/: a checklist may be called `context-fields`, and its GET would be shadowed.
  app.get('/api/context-fields', async (c) => c.json({ items: await s.checklists.contextFields() }));

  app.get('/api/checklists/:id', async (c) => {
    const raw = c.req.query('version');
    const record = await s.checklists.get(c.req.param('id'), raw === undefined ? undefined : intParam(raw, 'version'));
    return c.json(record);
  });

  app.get('/api/checklists/:id/versions', async (c) => {
    return c.json({ items: await s.checklists.versions(c.req.param('id')) });
  });

  app.post('/api/checklists', adminOnly, async (c) => {
    // Definitions are validated by the engine, which lists every problem with its path.
    const record = await s.checklists.publish(c.get('principal'), await readJson(c));
    const { definition: _definition, ...summary } = record;
    return c.json(summary, 201);
  });

  app.post('/api/checklists/dry-run', adminOnly, async (c) => {
    const body = await readBody(c, DryRunBody);
    return c.json(await s.checklists.dryRun(c.get('principal'), body));
  });

  app.post('/api/checklists/:id/versions/:version/retire', adminOnly, async (c) => {
    const body = await readBody(c, RetireBody);
    const record = await s.checklists.retire(c.get('principal'), c.req.param('id'), intParam(c.req.param('version'), 'version'), body.itemVersion);
    const { definition: _definition, ...summary } = record;
    return c.json(summary);
  });

  app.post('/api/checklists/:id/versions/:version/restore', adminOnly, async (c) => {
    const body = await readBody(c, RetireBody);
    const record = await s.checklists.restore(c.get('principal'), c.req.param('id'), intParam(c.req.param('version'), 'version'), body.itemVersion);
    const { definition: _definition, ...summary } = record;
    return c.json(summary);
  });
}
