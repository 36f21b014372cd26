/** Recent sign-in attempts on one account name (known or not). */
export interface LoginAttempts {
  /** The account name as the client sent it. */
  account: string;
  /** Attempts since the last success, within the window; an attempt counts before its password is checked. */
  failures: number;
  lastAttemptAt: string;
  /** Set once the free attempts are used up: no attempt is checked before this time. */
  lockedUntil?: string;
  /** After this the record is stale and counting starts again (storage may also delete it then). */
  expiresAt: string;
  /** Bumped on every write; writes are conditional on it. */
  version: number;
}

/**
 * Where attempt counters live: shared by every API instance (a counter per Lambda instance would
 * let an attacker spread guesses over them).
 */
export interface LoginAttemptStore {
  get(account: string): Promise<LoginAttempts | undefined>;
  /**
   * Writes `next` only while the stored version is still `expectedVersion` (0: no record yet), as
   * one conditional write; false, writing nothing, when another attempt wrote first.
   */
  put(next: LoginAttempts, expectedVersion: number): Promise<boolean>;
}
