import { createHash, randomBytes } from 'node:crypto';
import { UnauthorizedError, VersionConflictError } from '../errors.js';
import type { Clock } from '../ports/clock.js';
import type { RefreshFamily, RefreshTokenStore } from '../ports/refresh-token-store.js';

/** A sign-in lasts 12 hours at most, however often its tokens are refreshed. */
export const REFRESH_FAMILY_SECONDS = 12 * 3600;
/** Rotated-away hashes kept per family: more than 12 h of refreshes every 15 minutes (48). */
const MAX_PREVIOUS = 64;

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** `<family id>.<secret>`: the id finds the family's item, the secret's hash must match it. */
function parse(token: string): { familyId: string; hash: string } | undefined {
  const match = /^([A-Za-z0-9_-]{16,64})\.([A-Za-z0-9_-]{32,128})$/.exec(token);
  return match ? { familyId: match[1]!, hash: sha256(token) } : undefined;
}

const newToken = (familyId: string) => `${familyId}.${randomBytes(32).toString('base64url')}`;

const invalid = () => new UnauthorizedError('The refresh token is invalid, expired or revoked; sign in again');

/**
 * Opaque refresh tokens, stored only as SHA-256 hashes, one item per sign-in ("family"). Each use
 * rotates the token (one conditional write); presenting a token that was already rotated away
 * revokes the family, since then two parties hold it. Every change is one conditional write.
 */
export function createRefreshTokens(deps: { store: RefreshTokenStore; clock: Clock }) {
  const now = () => deps.clock.now();

  async function revoke(family: RefreshFamily, reason: NonNullable<RefreshFamily['revokedReason']>): Promise<void> {
    if (family.revokedAt) return;
    try {
      await deps.store.replace({ ...family, revokedAt: now().toISOString(), revokedReason: reason, version: family.version + 1 }, family.version);
    } catch (error) {
      // Someone else changed it first: read again and revoke that state (a rotation must not survive).
      if (!(error instanceof VersionConflictError)) throw error;
      const fresh = await deps.store.get(family.id);
      if (fresh) await revoke(fresh, reason);
    }
  }

  return {
    /** A new family for `username` at the user's `epoch`; returns its first token and its end. */
    async start(username: string, epoch: number): Promise<{ refreshToken: string; expiresAt: string }> {
      const id = randomBytes(18).toString('base64url');
      const refreshToken = newToken(id);
      const at = now();
      const expiresAt = new Date(at.getTime() + REFRESH_FAMILY_SECONDS * 1000).toISOString();
      await deps.store.create({ id, username, currentHash: sha256(refreshToken), previousHashes: [], epoch, createdAt: at.toISOString(), expiresAt, version: 1 });
      return { refreshToken, expiresAt };
    },

    /**
     * Swaps `token` for the next one of its family. `stillValid` sees the family (its user and
     * epoch) and answers whether the user may go on; when not, the family is revoked. Throws
     * `UnauthorizedError` for anything but the family's current token.
     */
    async rotate(token: string, stillValid: (family: RefreshFamily) => Promise<boolean>): Promise<{ family: RefreshFamily; refreshToken: string }> {
      const parsed = parse(token);
      if (!parsed) throw invalid();
      const family = await deps.store.get(parsed.familyId);
      if (!family || family.revokedAt) throw invalid();
      if (family.previousHashes.includes(parsed.hash)) {
        await revoke(family, 'reuse');
        throw invalid();
      }
      // Unknown secret for a known id: a guess, not a leaked token; refusing is enough.
      if (family.currentHash !== parsed.hash || Date.parse(family.expiresAt) <= now().getTime()) throw invalid();
      if (!(await stillValid(family))) {
        await revoke(family, 'user-changed');
        throw invalid();
      }
      const refreshToken = newToken(family.id);
      const next: RefreshFamily = { ...family, currentHash: sha256(refreshToken), previousHashes: [...family.previousHashes, parsed.hash].slice(-MAX_PREVIOUS), version: family.version + 1 };
      try {
        await deps.store.replace(next, family.version);
      } catch (error) {
        if (!(error instanceof VersionConflictError)) throw error;
        // The same token was rotated in parallel: one of the two callers holds a copy; end the family.
        const fresh = await deps.store.get(family.id);
        if (fresh) await revoke(fresh, 'reuse');
        throw invalid();
      }
      return { family: next, refreshToken };
    },

    /** Ends the family of `token` (sign-out). Silent for tokens it does not know: nothing to end. */
    async end(token: string): Promise<void> {
      const parsed = parse(token);
      const family = parsed && (await deps.store.get(parsed.familyId));
      if (family && (family.currentHash === parsed.hash || family.previousHashes.includes(parsed.hash))) await revoke(family, 'logout');
    },
  };
}

export type RefreshTokens = ReturnType<typeof createRefreshTokens>;
