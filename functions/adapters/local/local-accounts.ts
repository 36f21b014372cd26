import { createHash, timingSafeEqual } from 'node:crypto';
import type { Principal } from '../../domain/ports/token-verifier.js';
import type { LoginFunction } from '../../api/app-deps.js';
import type { LocalTokens } from '../jwt/local-tokens.js';

/** A local-mode account: a principal with a password. */
export interface LocalAccount extends Principal {
  password: string;
}

/** Fixed-length digests, so comparing them takes the same time whatever the passwords' lengths. */
const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/** What an unknown account name is compared against: the same work as a known one, never a match. */
const NO_ACCOUNT = digest('\u0000no such account');

/**
 * The login used in local mode only: checks the account list and issues a local token. The
 * comparison is constant-time, and an unknown name costs the same as a wrong password (one
 * digest, one comparison), so timing tells neither the password nor which names exist.
 */
export function createLocalLogin(accounts: readonly LocalAccount[], tokens: LocalTokens): LoginFunction {
  const byName = new Map(accounts.map((a) => [a.username, { account: a, digest: digest(a.password) }]));
  return async (username, password) => {
    const known = byName.get(username);
    const matches = timingSafeEqual(digest(password), known?.digest ?? NO_ACCOUNT);
    if (!known || !matches) return undefined;
    const { password: _password, ...principal } = known.account;
    return { token: await tokens.issue(principal) };
  };
}
