import type { Clock } from '../ports/clock.js';
import type { LoginAttemptStore } from '../ports/login-attempt-store.js';
import type { RefreshTokenStore } from '../ports/refresh-token-store.js';
import type { InstitutionRepository, RegionRepository } from '../ports/repositories.js';
import type { TokenSigner } from '../ports/token-signer.js';
import type { UserDirectory } from '../ports/user-directory.js';
import { createLoginThrottle, type LoginThrottlePolicy } from '../services/login-throttle.js';
import type { LockoutPolicy } from './lockout.js';
import type { ScryptParams } from './password-hash.js';
import { createRefreshTokens } from './refresh-tokens.js';
import { createSessionService, type SessionService } from './session-service.js';
import { TokenIssuer } from './token-issuer.js';
import { createUserAdminService, type UserAdminService } from './user-admin-service.js';
import { createUserStatusCache, type UserStatusCheck } from './user-status-cache.js';

/** The built-in identity as the API serves it (`AUTH_MODE=builtin`). */
export interface BuiltinIdentity {
  sessions: SessionService;
  users: UserAdminService;
  tokens: TokenIssuer;
  /** Whether a token's user was disabled since the token was issued (read at most every `userStatusTtlMs`). */
  userStatus: UserStatusCheck;
  /** The directory's accounts, read-only: what the use cases check a round's experts against. */
  accounts: Pick<UserDirectory, 'get'>;
}

/** What the built-in identity is made of: storage ports, the signer and the token names. */
export interface BuiltinIdentityDeps {
  users: UserDirectory;
  refreshTokens: RefreshTokenStore;
  loginAttempts: LoginAttemptStore;
  signer: TokenSigner;
  repos: { institutions: Pick<InstitutionRepository, 'get'>; regions: Pick<RegionRepository, 'get'> };
  issuer: string;
  audience: string;
  clock: Clock;
  throttle?: LoginThrottlePolicy;
  lockout?: LockoutPolicy;
  /** scrypt's cost; tests lower it, production keeps the default. */
  hashing?: ScryptParams;
  /** How long an instance trusts a user's status it read (default `USER_STATUS_TTL_MS`, at most a minute). */
  userStatusTtlMs?: number;
}

/** Wires the built-in identity once per entry point (Lambda, npm start, tests). Does no I/O. */
export function createBuiltinIdentity(deps: BuiltinIdentityDeps): BuiltinIdentity {
  const tokens = new TokenIssuer(deps.signer, { issuer: deps.issuer, audience: deps.audience, clock: deps.clock });
  const throttle = createLoginThrottle({ store: deps.loginAttempts, clock: deps.clock, policy: deps.throttle });
  const userStatus = createUserStatusCache({ users: deps.users, clock: deps.clock, ttlMs: deps.userStatusTtlMs });
  const users = createUserAdminService({ users: deps.users, repos: deps.repos, clock: deps.clock, hashing: deps.hashing });
  return {
    tokens,
    accounts: { get: (username) => deps.users.get(username) },
    sessions: createSessionService({ users: deps.users, refresh: createRefreshTokens({ store: deps.refreshTokens, clock: deps.clock }), tokens, throttle, clock: deps.clock, lockout: deps.lockout, hashing: deps.hashing }),
    users: {
      ...users,
      // The instance that disables (or enables) a user stops trusting its cached status at once;
      // other instances follow within the TTL.
      disable: async (caller, username) => forgetAfter(userStatus, username, await users.disable(caller, username)),
      enable: async (caller, username) => forgetAfter(userStatus, username, await users.enable(caller, username)),
    },
    userStatus,
  };
}

function forgetAfter<T>(status: UserStatusCheck, username: string, result: T): T {
  status.forget(username);
  return result;
}
