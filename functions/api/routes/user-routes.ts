import type { Hono } from 'hono';
import type { BuiltinIdentity } from '../../domain/identity/builtin-identity.js';
import type { AppEnv } from '../app-env.js';
import { adminOnly } from '../auth-middleware.js';
import * as v from 'valibot';
import { ValidationError } from '../../domain/errors.js';
import { UserBody, UserListQuery } from '../identity-schemas.js';
import { readBody, toIssues } from '../read-body.js';

/** `/api/users`: the built-in directory's administration (admins only). */
export function userRoutes(app: Hono<AppEnv>, identity: BuiltinIdentity): void {
  const users = identity.users;
  app.get('/api/users', adminOnly, async (c) => {
    const parsed = v.safeParse(UserListQuery, c.req.query());
    if (!parsed.success) throw new ValidationError('The query parameters are invalid', toIssues(parsed.issues), 'invalid-parameter');
    const { active, ...query } = parsed.output;
    return c.json(await users.list(c.get('principal'), { ...query, ...(active ? { activeOnly: true } : {}) }));
  });
  app.post('/api/users', adminOnly, async (c) => c.json(await users.create(c.get('principal'), await readBody(c, UserBody)), 201));
  app.post('/api/users/:username/disable', adminOnly, async (c) => c.json(await users.disable(c.get('principal'), c.req.param('username'))));
  app.post('/api/users/:username/enable', adminOnly, async (c) => c.json(await users.enable(c.get('principal'), c.req.param('username'))));
  app.post('/api/users/:username/reset-password', adminOnly, async (c) => c.json(await users.resetPassword(c.get('principal'), c.req.param('username'))));
}
