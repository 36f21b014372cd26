import { AlreadyExistsError } from '../../domain/errors.js';
import { newUser } from '../../domain/identity/user-admin-service.js';
import type { ScryptParams } from '../../domain/identity/password-hash.js';
import type { Principal } from '../../domain/ports/token-verifier.js';
import type { UserDirectory } from '../../domain/ports/user-directory.js';

/** A demo or test account: a principal with a password (and, optionally, a name to show). */
export interface LocalAccount extends Principal {
  password: string;
  displayName?: string;
}

/**
 * Creates each account as an ordinary user of the built-in directory unless its username
 * exists (a restart keeps passwords that were changed). Demo passwords skip the policy and the
 * forced change on purpose: they are printed on start and used by the browser tests; this runs
 * only in local mode (`npm start`, tests), never in AWS. Returns the usernames created.
 */
export async function seedAccounts(users: UserDirectory, accounts: readonly LocalAccount[], opts: { at: Date; hashing?: ScryptParams }): Promise<string[]> {
  const created: string[] = [];
  for (const { password, sub: _sub, purpose: _purpose, displayName, ...account } of accounts) {
    if (await users.get(account.username)) continue;
    const user = await newUser({ ...account, displayName: displayName ?? account.username }, password, { by: 'system:seed', at: opts.at, mustChangePassword: false, hashing: opts.hashing });
    try {
      await users.create(user);
      created.push(user.username);
    } catch (error) {
      // Another process seeded it between the read and the write: the same outcome.
      if (!(error instanceof AlreadyExistsError)) throw error;
    }
  }
  return created;
}
