import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, jwtVerify, SignJWT } from 'jose';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CognitoTokenVerifier } from './cognito-token-verifier.js';
import { lazyRemoteJwks } from './lazy-remote-jwks.js';
import { OidcTokenVerifier } from './oidc-token-verifier.js';

afterEach(() => vi.unstubAllGlobals());

/** Fails the test if anything builds a `Headers` (what loads undici in Node) while `run` runs. */
function withoutHeaders(run: () => void): void {
  const HeadersSpy = vi.fn(() => {
    throw new Error('Headers built at construction');
  });
  vi.stubGlobal('Headers', HeadersSpy);
  run();
  expect(HeadersSpy).not.toHaveBeenCalled();
  vi.unstubAllGlobals();
}

describe('lazyRemoteJwks', () => {
  it('verifiers of a remote issuer load no HTTP client until a token arrives (cold start)', () => {
    withoutHeaders(() => {
      new OidcTokenVerifier({ issuer: 'https://idp.example.cn', audience: 'dabiao' });
      new CognitoTokenVerifier({ region: 'cn-north-1', userPoolId: 'cn-north-1_pool', clientId: 'c' });
    });
  });

  it('fetches the issuer\'s keys on the first token, once, and verifies with them', async () => {
    const { privateKey, publicKey } = await generateKeyPair('ES256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'ES256' };
    let fetches = 0;
    const server = createServer((_req, res) => {
      fetches++;
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`;
      const keys = lazyRemoteJwks(url);
      expect(fetches).toBe(0);
      const token = await new SignJWT({ role: 'admin' }).setProtectedHeader({ alg: 'ES256', kid: 'k1' }).setExpirationTime('1h').sign(privateKey);
      await expect(jwtVerify(token, keys)).resolves.toMatchObject({ payload: { role: 'admin' } });
      await expect(jwtVerify(token, keys)).resolves.toMatchObject({ payload: { role: 'admin' } });
      expect(fetches).toBe(1);
    } finally {
      server.close();
    }
  });
});
