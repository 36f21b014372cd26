import type { User } from '../model/user.js';

/**
 * The built-in user directory's storage. `create` fails with `AlreadyExistsError` when the
 * username is taken; `replace` writes only while the stored version is `expectedVersion` (else
 * `VersionConflictError`): every state change of a user is one conditional write.
 */
export interface UserDirectory {
  create(user: User): Promise<void>;
  get(username: string): Promise<User | undefined>;
  /** Every user, by username. */
  list(): Promise<User[]>;
  replace(next: User, expectedVersion: number): Promise<void>;
}
