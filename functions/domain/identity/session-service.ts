import { advance } from '../services/audit.js';
import { DomainError, TooManyAttemptsError, UnauthorizedError, ValidationError } from '../errors.js';
import type { User } from '../model/user.js';
import type { Clock } from '../ports/clock.js';
import type { Principal } from '../ports/token-verifier.js';
import type { UserDirectory } from '../ports/user-directory.js';
import type { LoginThrottle } from '../services/login-throttle.js';
import { lockedFor, recordFailure, type LockoutPolicy } from './lockout.js';
import { DEFAULT_SCRYPT, hashPassword, needsRehash, verifyPassword, type ScryptParams } from './password-hash.js';
import { checkPasswordPolicy } from './password-policy.js';
import type { RefreshTokens } from './refresh-tokens.js';
import { ACCESS_TOKEN_SECONDS, CHANGE_TOKEN_SECONDS, type TokenIssuer } from './token-issuer.js';
import { updateUser } from './update-user.js';
import { userPrincipal } from './user-principal.js';

/** A signed-in session: a short-lived access token and the refresh token that renews it. */
export interface SignedIn {
  state: 'signed-in';
  /** The access token (ES256 JWT), sent as `Authorization: Bearer`. */
  token: string;
  tokenType: 'Bearer';
  expiresIn: number;
  refreshToken: string;
  refreshExpiresAt: string;
  user: Principal;
}

/** A sign-in with a one-time password: only a password change may follow, with `changeToken`. */
export interface PasswordChangeRequired {
  state: 'password-change-required';
  changeToken: string;
  expiresIn: number;
  user: Principal;
}

export type LoginResult = SignedIn | PasswordChangeRequired;

/**
 * Sign-in, refresh, sign-out and password change against the built-in user directory. Every
 * password check passes through the per-name throttle (back-off, 429) and the user's own lockout;
 * every change to a user or a refresh family is one conditional write.
 */
export function createSessionService(deps: {
  users: UserDirectory;
  refresh: RefreshTokens;
  tokens: TokenIssuer;
  throttle: LoginThrottle;
  clock: Clock;
  lockout?: LockoutPolicy;
  hashing?: ScryptParams;
}) {
  const hashing = deps.hashing ?? DEFAULT_SCRYPT;
  // An unknown name costs one hash check too, so timing does not tell which names exist.
  let decoy: Promise<string> | undefined;

  async function signIn(user: User): Promise<SignedIn> {
    const started = await deps.refresh.start(user.username, user.sessionEpoch);
    const principal = userPrincipal(user);
    return { state: 'signed-in', token: await deps.tokens.issue(principal), tokenType: 'Bearer', expiresIn: ACCESS_TOKEN_SECONDS, refreshToken: started.refreshToken, refreshExpiresAt: started.expiresAt, user: principal };
  }

  /** The user when `password` is theirs; undefined (a failure counted) when not. */
  async function check(username: string, password: string): Promise<User | undefined> {
    const now = deps.clock.now();
    const user = await deps.users.get(username);
    if (!user) {
      await verifyPassword(password, await (decoy ??= hashPassword('decoy', hashing)));
      return undefined;
    }
    const wait = lockedFor(user, now);
    if (wait) throw new TooManyAttemptsError(wait);
    if (!(await verifyPassword(password, user.passwordHash))) {
      await updateUser(deps.users, username, (u) => advance(u, recordFailure(u, now, deps.lockout), 'system:sign-in', 'sign-in-failed', now));
      return undefined;
    }
    if (user.status === 'disabled') throw new DomainError('account-disabled', 'This account is disabled; ask an administrator');
    const rehash = needsRehash(user.passwordHash, hashing) ? await hashPassword(password, hashing) : undefined;
    return updateUser(deps.users, username, (u) =>
      advance(u, { failedAttempts: 0, lockedUntil: undefined, lastSignInAt: now.toISOString(), ...(rehash && u.passwordHash === user.passwordHash ? { passwordHash: rehash } : {}) }, username, 'sign-in', now),
    );
  }

  return {
    /** Checks a username and password: a session, a password-change-only token, or 401/403/429. */
    async login(username: string, password: string): Promise<LoginResult> {
      const user = await deps.throttle.attempt(username, () => check(username, password));
      if (!user) throw new UnauthorizedError('Unknown user or wrong password');
      if (user.mustChangePassword) {
        const principal = userPrincipal(user);
        return { state: 'password-change-required', changeToken: await deps.tokens.issuePasswordChange(principal), expiresIn: CHANGE_TOKEN_SECONDS, user: principal };
      }
      return signIn(user);
    },

    /** A new access token and the next refresh token; the old one is spent. */
    async refresh(refreshToken: string): Promise<SignedIn> {
      let user: User | undefined;
      const rotated = await deps.refresh.rotate(refreshToken, async (family) => {
        user = await deps.users.get(family.username);
        return !!user && user.status === 'active' && !user.mustChangePassword && user.sessionEpoch === family.epoch;
      });
      const principal = userPrincipal(user!);
      return { state: 'signed-in', token: await deps.tokens.issue(principal), tokenType: 'Bearer', expiresIn: ACCESS_TOKEN_SECONDS, refreshToken: rotated.refreshToken, refreshExpiresAt: rotated.family.expiresAt, user: principal };
    },

    /** Ends the sign-in `refreshToken` belongs to (its access token runs out within 15 minutes). */
    logout(refreshToken: string): Promise<void> {
      return deps.refresh.end(refreshToken);
    },

    /**
     * The caller replaces their own password (after a one-time one, or any time): the current
     * password is checked through the throttle, the new one against the policy. Other sessions
     * end (the epoch moves); the caller gets a fresh one.
     */
    async changePassword(caller: Principal, oldPassword: string, newPassword: string): Promise<SignedIn> {
      const issues = checkPasswordPolicy(newPassword, caller.username);
      if (newPassword === oldPassword) issues.push({ path: '/newPassword', code: 'password-unchanged', message: '新密码不能与原密码相同 (the new password must differ from the current one)' });
      const user = await deps.throttle.attempt(caller.username, () => check(caller.username, oldPassword));
      if (!user) throw new ValidationError('The current password is wrong', [{ path: '/oldPassword', code: 'password-incorrect', message: '原密码不正确 (the current password is wrong)' }]);
      if (issues.length) throw new ValidationError('The new password does not meet the password policy', issues, 'weak-password');
      const hash = await hashPassword(newPassword, hashing);
      const now = deps.clock.now();
      const changed = await updateUser(deps.users, caller.username, (u) =>
        advance(u, { passwordHash: hash, mustChangePassword: false, passwordChangedAt: now.toISOString(), sessionEpoch: u.sessionEpoch + 1 }, caller.username, 'change-password', now),
      );
      if (!changed) throw new UnauthorizedError('Unknown user');
      return signIn(changed);
    },
  };
}

export type SessionService = ReturnType<typeof createSessionService>;
