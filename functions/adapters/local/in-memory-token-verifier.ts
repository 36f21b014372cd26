import { randomUUID } from 'node:crypto';
import { UnauthorizedError } from '../../domain/errors.js';
import type { Principal, TokenVerifier } from '../../domain/ports/token-verifier.js';

/**
 * Opaque tokens mapped to principals in memory: the token port without keys or clocks, for tests
 * of code that authenticates callers. Like every verifier, anything it did not issue (or has
 * revoked) is `UnauthorizedError`.
 */
export class InMemoryTokenVerifier implements TokenVerifier {
  private readonly principals = new Map<string, Principal>();

  /** A new token for `principal`. */
  issue(principal: Principal): string {
    const token = randomUUID();
    this.principals.set(token, { ...principal });
    return token;
  }

  /** Makes `token` invalid from now on (a signed-out or expired session). */
  revoke(token: string): void {
    this.principals.delete(token);
  }

  async verify(token: string): Promise<Principal> {
    const principal = this.principals.get(token);
    if (!principal) throw new UnauthorizedError('The token is not valid');
    return { ...principal };
  }
}
