/**
 * One sign-in's chain of refresh tokens (a "family"): each refresh replaces the current token by
 * a new one, and presenting one that was already replaced revokes the whole family (whoever
 * holds a copy of an old token is not the client that rotated it).
 */
export interface RefreshFamily {
  id: string;
  username: string;
  /** SHA-256 (hex) of the token that may be used next; the token itself is never stored. */
  currentHash: string;
  /** Hashes of tokens already rotated away, newest last (bounded): seeing one again is reuse. */
  previousHashes: string[];
  /** The user's `sessionEpoch` at sign-in: a password change, reset or disable ends the family. */
  epoch: number;
  createdAt: string;
  /** The family's absolute end: after it the user signs in again. */
  expiresAt: string;
  revokedAt?: string;
  revokedReason?: 'reuse' | 'logout' | 'user-changed';
  version: number;
}

/** Where refresh-token families live; the same conditional-write contract as the repositories. */
export interface RefreshTokenStore {
  /** `AlreadyExistsError` when the id is taken. */
  create(family: RefreshFamily): Promise<void>;
  get(id: string): Promise<RefreshFamily | undefined>;
  /** Writes only while the stored version is `expectedVersion`, else `VersionConflictError`. */
  replace(next: RefreshFamily, expectedVersion: number): Promise<void>;
}
