import { VersionConflictError } from '../errors.js';
import type { User } from '../model/user.js';
import type { UserDirectory } from '../ports/user-directory.js';

/** Version conflicts tolerated before giving up (a sign-in racing an admin's change, say). */
const MAX_RACES = 3;

/**
 * Reads a user, applies `change` and stores it as one conditional write; on a version conflict
 * it reads again and re-applies, so `change` must decide from the user it is given. `change`
 * returning undefined writes nothing. Undefined when the user does not exist.
 */
export async function updateUser(users: UserDirectory, username: string, change: (user: User) => User | undefined): Promise<User | undefined> {
  for (let race = 0; ; race++) {
    const current = await users.get(username);
    if (!current) return undefined;
    const next = change(current);
    if (!next) return current;
    try {
      await users.replace(next, current.version);
      return next;
    } catch (error) {
      if (!(error instanceof VersionConflictError) || race + 1 >= MAX_RACES) throw error;
    }
  }
}
