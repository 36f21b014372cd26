import type { User } from '../model/user.js';
import type { Principal } from '../ports/token-verifier.js';

/** The principal a user's tokens describe; `sub` is the username, which never changes. */
export function userPrincipal(user: User): Principal {
  return {
    sub: user.username,
    username: user.username,
    role: user.role,
    ...(user.institutionId ? { institutionId: user.institutionId } : {}),
    ...(user.regionId ? { regionId: user.regionId } : {}),
  };
}
