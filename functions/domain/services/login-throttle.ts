import { TooManyAttemptsError } from '../errors.js';
import type { Clock } from '../ports/clock.js';
import type { LoginAttempts, LoginAttemptStore } from '../ports/login-attempt-store.js';

/** How many guesses an account name gets, and how long each one after that waits. */
export interface LoginThrottlePolicy {
  /** Attempts without a pause since the last success. */
  freeAttempts: number;
  /** The pause after the last free attempt; it doubles with each further attempt. */
  baseDelaySeconds: number;
  maxDelaySeconds: number;
  /** Without an attempt for this long, counting starts again. */
  windowSeconds: number;
}

export const DEFAULT_LOGIN_THROTTLE: LoginThrottlePolicy = { freeAttempts: 5, baseDelaySeconds: 30, maxDelaySeconds: 15 * 60, windowSeconds: 60 * 60 };

/** Conditional writes lost to other attempts on the same account before this one gives up. */
const MAX_RACES = 3;

/** A password check: a result on success, `undefined` for an unknown account or a wrong password. */
export type Credentials<T> = () => Promise<T | undefined>;

/**
 * Per-account-name sign-in throttling with exponential back-off, for every login that passes
 * through the API (the built-in user directory's sign-in and password change). Unknown names are
 * counted exactly like known ones, so the answers (401, then 429) do not reveal which exist.
 *
 * Each attempt is recorded *before* the password is checked, by one conditional write on the
 * account's counter; a burst of parallel guesses therefore cannot all pass the check before the
 * first failure is stored: they serialise on the write or get a 429. A success resets the counter.
 */
export function createLoginThrottle(deps: { store: LoginAttemptStore; clock: Clock; policy?: LoginThrottlePolicy }) {
  const policy = deps.policy ?? DEFAULT_LOGIN_THROTTLE;
  const at = (ms: number) => new Date(ms).toISOString();

  /** Records one more attempt, or throws `TooManyAttemptsError` while the account must wait. */
  async function reserve(account: string): Promise<LoginAttempts> {
    for (let race = 0; ; race++) {
      const now = deps.clock.now().getTime();
      const stored = await deps.store.get(account);
      const live = stored && Date.parse(stored.expiresAt) > now ? stored : undefined;
      const lockedUntil = live?.lockedUntil ? Date.parse(live.lockedUntil) : 0;
      if (lockedUntil > now) throw new TooManyAttemptsError(Math.ceil((lockedUntil - now) / 1000));
      const failures = (live?.failures ?? 0) + 1;
      const over = failures - policy.freeAttempts;
      const delay = over >= 0 ? Math.min(policy.baseDelaySeconds * 2 ** over, policy.maxDelaySeconds) : 0;
      const next: LoginAttempts = {
        account,
        failures,
        lastAttemptAt: at(now),
        ...(delay ? { lockedUntil: at(now + delay * 1000) } : {}),
        expiresAt: at(now + policy.windowSeconds * 1000),
        version: (stored?.version ?? 0) + 1,
      };
      if (await deps.store.put(next, stored?.version ?? 0)) return next;
      // Others are guessing at the same account right now: that is itself the pattern to slow down.
      if (race + 1 >= MAX_RACES) throw new TooManyAttemptsError(1);
    }
  }

  return {
    /**
     * Runs `check` unless the account must wait (429 with the seconds to wait); counts a failure,
     * resets the count on success.
     */
    async attempt<T>(account: string, check: Credentials<T>): Promise<T | undefined> {
      const reserved = await reserve(account);
      const result = await check();
      if (result !== undefined) {
        const now = deps.clock.now().getTime();
        // A concurrent attempt that wrote meanwhile keeps its count: losing this reset is harmless.
        await deps.store.put({ account, failures: 0, lastAttemptAt: at(now), expiresAt: at(now + policy.windowSeconds * 1000), version: reserved.version + 1 }, reserved.version);
      }
      return result;
    },
  };
}

export type LoginThrottle = ReturnType<typeof createLoginThrottle>;
