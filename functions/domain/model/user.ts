import type { AuditEntry } from './audit-entry.js';
import type { Role } from '../ports/token-verifier.js';

/** Whether a user may sign in: a disabled user cannot, and its refresh tokens stop working. */
export type UserStatus = 'active' | 'disabled';

/**
 * A user of the built-in directory (`AUTH_MODE=builtin`). The username is the key and never
 * changes; `sub` in its tokens is the username, so what a round names as its experts stays valid.
 */
export interface User {
  username: string;
  role: Role;
  /** Set for the institution role: the only institution this user may see. */
  institutionId?: string;
  /** Set for the commission role: the region (and the regions under it) this user may see. */
  regionId?: string;
  displayName: string;
  status: UserStatus;
  /** `scrypt$<N>$<r>$<p>$<salt>$<hash>`: the parameters travel with the hash so they can be raised later. */
  passwordHash: string;
  /** Set for a one-time password (created or reset by an admin): sign-in only allows a password change. */
  mustChangePassword: boolean;
  /** Wrong passwords since the last success; reaching the lockout threshold sets `lockedUntil`. */
  failedAttempts: number;
  lockedUntil?: string;
  lastSignInAt?: string;
  passwordChangedAt?: string;
  /**
   * Bumped by every change that must end existing sessions (disable, password change or reset):
   * a refresh token carries the epoch it was issued in and stops working once it differs.
   */
  sessionEpoch: number;
  version: number;
  createdAt: string;
  updatedAt: string;
  audit: AuditEntry[];
}

/** A user as the API shows it: everything but the password hash and the session epoch. */
export type UserView = Omit<User, 'passwordHash' | 'sessionEpoch'>;

/** The user without its secrets, for API replies. */
export function toUserView(user: User): UserView {
  const { passwordHash: _hash, sessionEpoch: _epoch, ...view } = user;
  return view;
}
