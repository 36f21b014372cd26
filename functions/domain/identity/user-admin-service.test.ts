import { describe, expect, it } from 'vitest';
import { InMemoryUserDirectory } from '../../adapters/local/in-memory-user-directory.js';
import { DomainError } from '../errors.js';
import type { Principal } from '../ports/token-verifier.js';
import { createUserAdminService, newUser } from './user-admin-service.js';

const at = new Date('2026-01-01T00:00:00Z');
const fastHash = { N: 16, r: 1, p: 1 };

async function setup(admins: string[]) {
  const users = new InMemoryUserDirectory();
  for (const username of [...admins, 'inst']) {
    const role = username === 'inst' ? 'institution' : 'admin';
    await users.create(await newUser({ username, role, displayName: username, ...(role === 'institution' ? { institutionId: 'i1' } : {}) }, 'Some-password-1', { by: 'test', at, mustChangePassword: false, hashing: fastHash }));
  }
  const service = createUserAdminService({ users, repos: { institutions: { get: async () => undefined }, regions: { get: async () => undefined } }, clock: { now: () => at }, hashing: fastHash });
  return { users, service };
}

const as = (username: string): Principal => ({ sub: username, username, role: 'admin' }) as Principal;

/** The refusal's code, reason and both languages of its message. */
async function refusal(work: Promise<unknown>) {
  const error = await work.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  const e = error as DomainError;
  return { code: e.code, reason: (e.details as { reason?: string }).reason, message: e.message };
}

describe('disabling accounts', () => {
  it('refuses an admin disabling their own account, in Chinese and English, and writes nothing', async () => {
    const { users, service } = await setup(['root', 'second']);
    const r = await refusal(service.disable(as('root'), 'root'));
    expect(r).toMatchObject({ code: 'invalid-state', reason: 'own-account' });
    expect(r.message).toMatch(/不能停用自己的账号.*disable your own account/);
    expect((await users.get('root'))?.status).toBe('active');
  });

  it('refuses to disable the last active administrator, and allows it while another stays active', async () => {
    const { users, service } = await setup(['root', 'second']);
    expect((await service.disable(as('root'), 'second')).status).toBe('disabled');
    // A caller not in the directory (a token of another identity source) cannot disable the last one either.
    const r = await refusal(service.disable(as('outsider'), 'root'));
    expect(r).toMatchObject({ code: 'invalid-state', reason: 'last-admin' });
    expect(r.message).toMatch(/最后一个启用的管理员.*last active administrator/);
    expect((await users.get('root'))?.status).toBe('active');
    // Other roles are not counted against it.
    expect((await service.disable(as('root'), 'inst')).status).toBe('disabled');
  });
});
