import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { installLightFetch } from './install-light-fetch.js';
import { restoreFetchGlobals } from './native-fetch.js';

afterEach(() => restoreFetchGlobals());

describe('installLightFetch', () => {
  it('replaces Headers and Response, and Node\'s fetch still takes light headers and answers a Response (jose fetching an issuer\'s keys)', async () => {
    installLightFetch();
    expect([globalThis.Headers.name, globalThis.Response.name]).toEqual(['LightHeaders', 'LightResponse']);
    const server = createServer((req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ accept: req.headers.accept, agent: req.headers['user-agent'] })));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      // What jose's createRemoteJWKSet does: its own Headers, then fetch.
      const headers = new Headers({ accept: 'application/jwk-set+json' });
      headers.set('User-Agent', 'jose');
      const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, { headers });
      expect(response instanceof Response).toBe(true);
      expect(await response.json()).toEqual({ accept: 'application/jwk-set+json', agent: 'jose' });
      // Reaching Node's class (undici) left the light globals in place.
      expect(globalThis.Response.name).toBe('LightResponse');
    } finally {
      server.close();
    }
  });

  it('is undone by restoreFetchGlobals (the tests\' own globals come back)', () => {
    installLightFetch();
    restoreFetchGlobals();
    expect(globalThis.Response.name).toBe('Response');
    expect(new Headers() instanceof Headers).toBe(true);
  });
});
