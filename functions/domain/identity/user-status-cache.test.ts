import { describe, expect, it, vi } from 'vitest';
import type { User } from '../model/user.js';
import { createUserStatusCache, USER_STATUS_TTL_MS } from './user-status-cache.js';

const now = { t: 0 };
const clock = { now: () => new Date(now.t) };
const user = (status: User['status']) => ({ username: 'u1', status }) as User;

describe('the per-instance cache of users’ status', () => {
  it('reads a user once per TTL however many requests arrive, and sees a disable after the TTL', async () => {
    let status: User['status'] = 'active';
    const get = vi.fn(async () => user(status));
    const cache = createUserStatusCache({ users: { get }, clock, ttlMs: 30_000 });
    now.t = 1_000_000;
    expect(await Promise.all([cache.isDisabled('u1'), cache.isDisabled('u1'), cache.isDisabled('u1')])).toEqual([false, false, false]);
    expect(get).toHaveBeenCalledTimes(1);
    status = 'disabled';
    now.t += 29_999;
    expect(await cache.isDisabled('u1')).toBe(false);
    expect(get).toHaveBeenCalledTimes(1);
    now.t += 1;
    expect(await cache.isDisabled('u1')).toBe(true);
    expect(get).toHaveBeenCalledTimes(2);
  });

  it('reads again at once after forget (the instance that disabled the user)', async () => {
    let status: User['status'] = 'active';
    const cache = createUserStatusCache({ users: { get: async () => user(status) }, clock });
    expect(await cache.isDisabled('u1')).toBe(false);
    status = 'disabled';
    cache.forget('u1');
    expect(await cache.isDisabled('u1')).toBe(true);
  });

  it('does not cache a failed read, and counts an unknown user as not disabled', async () => {
    const get = vi.fn().mockRejectedValueOnce(new Error('throttled')).mockResolvedValue(undefined);
    const cache = createUserStatusCache({ users: { get }, clock });
    await expect(cache.isDisabled('u1')).rejects.toThrow('throttled');
    expect(await cache.isDisabled('u1')).toBe(false);
    expect(get).toHaveBeenCalledTimes(2);
  });

  it('keeps at most maxEntries users', async () => {
    const get = vi.fn(async () => user('active'));
    const cache = createUserStatusCache({ users: { get }, clock, maxEntries: 2 });
    for (const name of ['a', 'b', 'c']) await cache.isDisabled(name);
    await cache.isDisabled('a');
    expect(get).toHaveBeenCalledTimes(4);
  });

  it('refuses a TTL over a minute, and defaults to half a minute', () => {
    expect(() => createUserStatusCache({ users: { get: async () => undefined }, clock, ttlMs: 60_001 })).toThrow(/0 to 60000/);
    expect(USER_STATUS_TTL_MS).toBeLessThanOrEqual(60_000);
  });
});
