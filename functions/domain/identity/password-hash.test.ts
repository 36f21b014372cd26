import { describe, expect, it } from 'vitest';
import { hashPassword, needsRehash, verifyPassword } from './password-hash.js';

const cheap = { N: 2 ** 10, r: 8, p: 1 };

describe('password hashing (scrypt)', () => {
  it('verifies the password it hashed and nothing else; equal passwords get different salts', async () => {
    const a = await hashPassword('Correct-horse-1', cheap);
    const b = await hashPassword('Correct-horse-1', cheap);
    expect(a).not.toBe(b);
    expect(await verifyPassword('Correct-horse-1', a)).toBe(true);
    expect(await verifyPassword('Correct-horse-1', b)).toBe(true);
    expect(await verifyPassword('correct-horse-1', a)).toBe(false);
    expect(await verifyPassword('', a)).toBe(false);
  });

  it('records its parameters in the hash, so raising them leaves old hashes valid and marks them for rehashing', async () => {
    const old = await hashPassword('Correct-horse-1', cheap);
    expect(old).toMatch(/^scrypt\$1024\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(await verifyPassword('Correct-horse-1', old)).toBe(true);
    expect(needsRehash(old, { N: 2 ** 11, r: 8, p: 1 })).toBe(true);
    expect(needsRehash(old, cheap)).toBe(false);
  });

  it('the default costs 32 MiB of memory (N 2^15, r 8)', async () => {
    expect(await hashPassword('Correct-horse-1')).toMatch(/^scrypt\$32768\$8\$1\$/);
  });

  it('a malformed stored hash matches nothing', async () => {
    for (const stored of ['plain', 'scrypt$x$8$1$a$b']) expect(await verifyPassword('anything', stored)).toBe(false);
  });

  it('normalises Unicode, so the same password typed on another keyboard matches', async () => {
    const hash = await hashPassword('Caf\u00e9-au-lait1', cheap);
    expect(await verifyPassword('Cafe\u0301-au-lait1', hash)).toBe(true);
  });
});
