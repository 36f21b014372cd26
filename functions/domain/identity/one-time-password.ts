import { randomInt } from 'node:crypto';
import { checkPasswordPolicy } from './password-policy.js';

/** No 0/O, 1/l/I: the password is read off a screen and typed once. */
const ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/**
 * A random one-time password (`xxxx-xxxx-xxxx-xxxx`, about 93 bits) that passes the password
 * policy for `username`; its owner must replace it at the first sign-in.
 */
export function oneTimePassword(username: string): string {
  for (;;) {
    const groups = Array.from({ length: 4 }, () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join(''));
    const password = groups.join('-');
    if (checkPasswordPolicy(password, username).length === 0) return password;
  }
}
