import type { Clock } from '../ports/clock.js';
import type { UserDirectory } from '../ports/user-directory.js';

/**
 * How long one API instance trusts what it last read of a user's status. An access token lives
 * 15 minutes; with this, a disabled user's token stops working within this time on every
 * instance (at once on the instance that disabled it). The cost is one read of the user per
 * user, per instance, per this interval, whatever the number of requests.
 */
export const USER_STATUS_TTL_MS = 30_000;

/** Whether a token's user has been disabled, as the API's own check after the gateway's. */
export interface UserStatusCheck {
  /** True when the directory holds `username` as disabled; an unknown name is not disabled. */
  isDisabled(username: string): Promise<boolean>;
  /** Drops what is cached of `username`, so its next request reads the directory. */
  forget(username: string): void;
}

/** Options of {@link createUserStatusCache}. */
export interface UserStatusCacheOptions {
  users: Pick<UserDirectory, 'get'>;
  clock: Clock;
  /** At most a minute (checked): longer would let a disabled user work on for too long. */
  ttlMs?: number;
  /** Users remembered at once; the oldest entry is dropped first. */
  maxEntries?: number;
}

/**
 * A per-process cache of users' status with a short time to live. Concurrent requests of one
 * user share one read; a failed read is not cached (the request fails, the next one reads again).
 * An unknown name counts as not disabled: tokens are only issued to users of the directory, which
 * has no deletion, and tests sign tokens for principals they never stored.
 */
export function createUserStatusCache(options: UserStatusCacheOptions): UserStatusCheck {
  const ttlMs = options.ttlMs ?? USER_STATUS_TTL_MS;
  if (!(ttlMs >= 0 && ttlMs <= 60_000)) throw new Error(`user status TTL must be 0 to 60000 ms, not ${ttlMs}`);
  const maxEntries = options.maxEntries ?? 10_000;
  const entries = new Map<string, { readAt: number; disabled: Promise<boolean> }>();
  return {
    isDisabled(username) {
      const now = options.clock.now().getTime();
      const hit = entries.get(username);
      if (hit && now - hit.readAt < ttlMs) return hit.disabled;
      entries.delete(username);
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value as string);
      const disabled = options.users.get(username).then(
        (user) => user?.status === 'disabled',
        (error: unknown) => {
          if (entries.get(username)?.disabled === disabled) entries.delete(username);
          throw error;
        },
      );
      entries.set(username, { readAt: now, disabled });
      return disabled;
    },
    forget(username) {
      entries.delete(username);
    },
  };
}
