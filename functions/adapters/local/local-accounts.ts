import { timingSafeEqual } from 'node:crypto';
import type { Principal } from '../../domain/ports/token-verifier.js';
import type { LoginFunction } from '../../api/app-deps.js';
import type { LocalTokens } from '../jwt/local-tokens.js';

/** A local-mode account: a principal with a password. */
export interface LocalAccount extends Principal {
  password: string;
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The login used in local mode only: checks the account list and issues a local token. */
export function createLocalLogin(accounts: readonly LocalAccount[], tokens: LocalTokens): LoginFunction {
  return async (username, password) => {
    const account = accounts.find((a) => a.username === username);
    if (!account || !sameText(account.password, password)) return undefined;
    const { password: _password, ...principal } = account;
    return { token: await tokens.issue(principal) };
  };
}
