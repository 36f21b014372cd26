import { requireRole } from '../access/access-rules.js';
import { advance, created } from '../services/audit.js';
import { InvalidStateError, NotFoundError, ValidationError, type Issue } from '../errors.js';
import { toUserView, type User, type UserView } from '../model/user.js';
import type { Clock } from '../ports/clock.js';
import type { InstitutionRepository, RegionRepository } from '../ports/repositories.js';
import type { Principal, Role } from '../ports/token-verifier.js';
import type { UserDirectory } from '../ports/user-directory.js';
import { oneTimePassword } from './one-time-password.js';
import { DEFAULT_SCRYPT, hashPassword, type ScryptParams } from './password-hash.js';
import { checkPasswordPolicy } from './password-policy.js';
import { updateUser } from './update-user.js';
import { queryUsers, type UserPage, type UserQuery } from './user-query.js';

/** What an admin gives to create a user; without `password` a one-time password is generated. */
export interface UserInput {
  username: string;
  role: Role;
  displayName: string;
  institutionId?: string;
  regionId?: string;
  password?: string;
}

/** A user as created or reset, with the one-time password shown this once (never stored). */
export interface UserWithPassword {
  user: UserView;
  oneTimePassword?: string;
}

/**
 * A new user record with `password` hashed: the one shape every creation path (admin API,
 * first-admin command, demo seeding) writes.
 */
export async function newUser(input: Omit<UserInput, 'password'>, password: string, opts: { by: string; at: Date; mustChangePassword: boolean; hashing?: ScryptParams }): Promise<User> {
  const at = opts.at.toISOString();
  return {
    username: input.username,
    role: input.role,
    ...(input.institutionId ? { institutionId: input.institutionId } : {}),
    ...(input.regionId ? { regionId: input.regionId } : {}),
    displayName: input.displayName,
    status: 'active',
    passwordHash: await hashPassword(password, opts.hashing ?? DEFAULT_SCRYPT),
    mustChangePassword: opts.mustChangePassword,
    failedAttempts: 0,
    sessionEpoch: 1,
    version: 1,
    createdAt: at,
    updatedAt: at,
    audit: created(opts.by, opts.at, { role: input.role }),
  };
}

/**
 * The admin's side of the directory: list, create, disable, enable, reset a password. Admins
 * only; each change is one conditional write with its audit entry; a created or reset user must
 * change the password at the next sign-in.
 */
export function createUserAdminService(deps: {
  users: UserDirectory;
  repos: { institutions: Pick<InstitutionRepository, 'get'>; regions: Pick<RegionRepository, 'get'> };
  clock: Clock;
  hashing?: ScryptParams;
}) {
  /**
   * The role's binding: an institution user names an existing institution, a commission user a
   * region; an expert may name the region it works in (so a round's expert picker can show and
   * filter by it; it grants the expert nothing); an admin neither.
   */
  async function checkBinding(input: UserInput): Promise<Issue[]> {
    const issues: Issue[] = [];
    const needs = input.role === 'institution' ? 'institutionId' : input.role === 'commission' ? 'regionId' : undefined;
    const may = input.role === 'expert' ? 'regionId' : needs;
    for (const field of ['institutionId', 'regionId'] as const) {
      if (field === needs && !input[field]) issues.push({ path: `/${field}`, code: 'required', message: `A ${input.role} user needs ${field}` });
      if (field !== may && input[field]) issues.push({ path: `/${field}`, code: 'not-allowed', message: `A ${input.role} user has no ${field}` });
    }
    if (issues.length) return issues;
    if (input.institutionId && !(await deps.repos.institutions.get(input.institutionId))) {
      issues.push({ path: '/institutionId', code: 'unknown-institution', message: `Institution ${input.institutionId} does not exist`, params: { id: input.institutionId } });
    }
    if (input.regionId && !(await deps.repos.regions.get(input.regionId))) {
      issues.push({ path: '/regionId', code: 'unknown-region', message: `Region ${input.regionId} does not exist`, params: { id: input.regionId } });
    }
    return issues;
  }

  async function change(caller: Principal, username: string, action: string, changes: (u: User) => Partial<User>): Promise<UserView> {
    requireRole(caller, 'admin');
    const now = deps.clock.now();
    const next = await updateUser(deps.users, username, (u) => advance(u, changes(u), caller.username, action, now));
    if (!next) throw new NotFoundError('User', username);
    return toUserView(next);
  }

  return {
    /** Every user, or the page of those matching `query` (role, name, region, active; limit and offset). */
    async list(caller: Principal, query: UserQuery = {}): Promise<UserPage> {
      requireRole(caller, 'admin');
      return queryUsers((await deps.users.list()).map(toUserView), query);
    },

    async create(caller: Principal, input: UserInput): Promise<UserWithPassword> {
      requireRole(caller, 'admin');
      const binding = await checkBinding(input);
      if (binding.some((i) => i.code.startsWith('unknown-'))) throw new ValidationError('The user names something that does not exist', binding, 'invalid-reference');
      if (binding.length) throw new ValidationError('The role and its institution or region do not fit', binding);
      if (input.password !== undefined) {
        const issues = checkPasswordPolicy(input.password, input.username, '/password');
        if (issues.length) throw new ValidationError('The password does not meet the password policy', issues, 'weak-password');
      }
      const password = input.password ?? oneTimePassword(input.username);
      const user = await newUser(input, password, { by: caller.username, at: deps.clock.now(), mustChangePassword: true, hashing: deps.hashing });
      await deps.users.create(user);
      return { user: toUserView(user), ...(input.password === undefined ? { oneTimePassword: password } : {}) };
    },

    /**
     * Disables a user and ends its sessions. Refused (409 `invalid-state`, `details.reason`) for
     * the caller's own account and for the last active administrator: either would leave a
     * deployment whose only admin locked itself out with nobody to enable it again.
     */
    async disable(caller: Principal, username: string): Promise<UserView> {
      requireRole(caller, 'admin');
      if (username === caller.username) throw new InvalidStateError('不能停用自己的账号 (You cannot disable your own account)', { reason: 'own-account' });
      const target = await deps.users.get(username);
      if (target?.role === 'admin' && target.status === 'active') {
        // Only an admin's disable lists the directory: an admin action, rare, and at most a few thousand users.
        const others = (await deps.users.list()).filter((u) => u.role === 'admin' && u.status === 'active' && u.username !== username);
        if (others.length === 0) throw new InvalidStateError('不能停用最后一个启用的管理员账号 (You cannot disable the last active administrator)', { reason: 'last-admin' });
      }
      return change(caller, username, 'disable', (u) => ({ status: 'disabled', sessionEpoch: u.sessionEpoch + 1 }));
    },

    /** Enables a disabled user, and lifts a lockout. */
    enable(caller: Principal, username: string): Promise<UserView> {
      return change(caller, username, 'enable', () => ({ status: 'active', failedAttempts: 0, lockedUntil: undefined }));
    },

    /** A new one-time password: the user's sessions end, the lockout is lifted, the next sign-in must change it. */
    async resetPassword(caller: Principal, username: string): Promise<UserWithPassword> {
      requireRole(caller, 'admin');
      const password = oneTimePassword(username);
      const hash = await hashPassword(password, deps.hashing ?? DEFAULT_SCRYPT);
      const user = await change(caller, username, 'reset-password', (u) => ({ passwordHash: hash, mustChangePassword: true, failedAttempts: 0, lockedUntil: undefined, sessionEpoch: u.sessionEpoch + 1 }));
      return { user, oneTimePassword: password };
    },
  };
}

export type UserAdminService = ReturnType<typeof createUserAdminService>;
