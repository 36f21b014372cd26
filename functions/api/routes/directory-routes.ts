import type { Hono } from 'hono';
import type { AppEnv } from '../app-env.js';
import { adminOnly } from '../auth-middleware.js';
import { readBody } from '../read-body.js';
import { InstitutionBody, InstitutionUpdateBody, RegionBody, RegionUpdateBody } from '../schemas.js';
import type { Services } from '../services.js';

/** `/api/regions` and `/api/institutions`. */
export function directoryRoutes(app: Hono<AppEnv>, s: Services): void {
  app.get('/api/regions', async (c) => c.json({ items: await s.directory.listRegions(c.get('principal')) }));
  app.get('/api/regions/:id', async (c) => c.json(await s.directory.getRegion(c.get('principal'), c.req.param('id'))));
  app.post('/api/regions', adminOnly, async (c) => c.json(await s.directory.createRegion(c.get('principal'), await readBody(c, RegionBody)), 201));
  app.put('/api/regions/:id', adminOnly, async (c) => {
    const { version, ...input } = await readBody(c, RegionUpdateBody);
    return c.json(await s.directory.updateRegion(c.get('principal'), c.req.param('id'), version, input));
  });

  app.get('/api/institutions', async (c) => c.json({ items: await s.directory.listInstitutions(c.get('principal'), c.req.query('regionId')) }));
  app.get('/api/institutions/:id', async (c) => c.json(await s.directory.getInstitution(c.get('principal'), c.req.param('id'))));
  app.post('/api/institutions', adminOnly, async (c) => c.json(await s.directory.createInstitution(c.get('principal'), await readBody(c, InstitutionBody)), 201));
  app.put('/api/institutions/:id', adminOnly, async (c) => {
    const { version, ...input } = await readBody(c, InstitutionUpdateBody);
    return c.json(await s.directory.updateInstitution(c.get('principal'), c.req.param('id'), version, input));
  });
}
