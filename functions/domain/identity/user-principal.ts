import type { User } from '../model/user.js';
import type { Principal } from '../ports/token-verifier.js';

/**
 * The principal a user's tokens describe; `sub` is the username, which never changes. An
 * expert's region is where it works, not a scope: it stays out of the token, so no access rule
 * can ever read it as one.
 */
export function userPrincipal(user: User): Principal {
  return {
    sub: user.username,
    username: user.username,
    role: user.role,
    ...(user.institutionId ? { institutionId: user.institutionId } : {}),
    ...(user.regionId && user.role !== 'expert' ? { regionId: user.regionId } : {}),
  };
}
