import type { User } from '../model/user.js';

/**
 * The account lockout that the per-name throttle (`login-throttle.ts`) does not give: the
 * throttle forgets after an hour without attempts, so a patient guesser (one try an hour) would
 * never be slowed. A user's wrong passwords count until a success, and from the threshold on each
 * one locks the account, for twice as long as the one before, until an admin enables it or the
 * lock runs out.
 */
export interface LockoutPolicy {
  /** Consecutive wrong passwords before the first lock. */
  threshold: number;
  lockSeconds: number;
  maxLockSeconds: number;
}

export const DEFAULT_LOCKOUT: LockoutPolicy = { threshold: 10, lockSeconds: 15 * 60, maxLockSeconds: 24 * 3600 };

/** The user after one more wrong password at `now`: the count raised, and locked from the threshold on. */
export function recordFailure(user: User, now: Date, policy: LockoutPolicy = DEFAULT_LOCKOUT): Pick<User, 'failedAttempts' | 'lockedUntil'> {
  const failedAttempts = user.failedAttempts + 1;
  const over = failedAttempts - policy.threshold;
  if (over < 0) return { failedAttempts, lockedUntil: user.lockedUntil };
  const seconds = Math.min(policy.lockSeconds * 2 ** over, policy.maxLockSeconds);
  return { failedAttempts, lockedUntil: new Date(now.getTime() + seconds * 1000).toISOString() };
}

/** Seconds the user must still wait, or 0 when not locked. */
export function lockedFor(user: User, now: Date): number {
  const until = user.lockedUntil ? Date.parse(user.lockedUntil) : 0;
  return until > now.getTime() ? Math.ceil((until - now.getTime()) / 1000) : 0;
}
