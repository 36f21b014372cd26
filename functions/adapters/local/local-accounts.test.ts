import { describe, expect, it } from 'vitest';
import { LocalTokens } from '../jwt/local-tokens.js';
import { createLocalLogin } from './local-accounts.js';

describe('local login', () => {
  const tokens = new LocalTokens('unit-test-secret-0123456789');
  const login = createLocalLogin([{ sub: 's', username: 'admin', role: 'admin', password: 'demo' }], tokens);

  it('issues a token for the right password only, whatever the length of a wrong one', async () => {
    const session = await login('admin', 'demo');
    expect(await tokens.verify(session!.token)).toMatchObject({ username: 'admin', role: 'admin' });
    for (const wrong of ['', 'dem', 'demo ', 'DEMO', 'x'.repeat(200)]) expect(await login('admin', wrong)).toBeUndefined();
  });

  it('an unknown name is refused, even with a known password or an empty one', async () => {
    for (const password of ['demo', '', '\u0000no such account']) expect(await login('nobody', password)).toBeUndefined();
  });
});
