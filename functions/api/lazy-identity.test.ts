import { describe, expect, it, vi } from 'vitest';
import type { BuiltinIdentity } from '../domain/identity/builtin-identity.js';
import { lazyBuiltinIdentity } from './lazy-identity.js';

const ISSUER = 'https://api.example.cn';
const jwk = { kty: 'EC', crv: 'P-256', x: 'x', y: 'y', kid: 'k1', alg: 'ES256', use: 'sig' };
const signer = { publicJwk: async () => ({ ...jwk }) };
const built = { accounts: { get: async () => undefined } } as unknown as BuiltinIdentity;

describe('lazyBuiltinIdentity', () => {
  it('answers the issuer and the JWKS without building the identity', async () => {
    const build = vi.fn(async () => built);
    const identity = lazyBuiltinIdentity(ISSUER, signer, build);
    expect(identity.issuer).toBe(ISSUER);
    expect(await identity.jwks()).toEqual({ keys: [jwk] });
    expect(build).not.toHaveBeenCalled();
  });

  it('builds the identity once, however many callers ask at the same time', async () => {
    const build = vi.fn(async () => built);
    const identity = lazyBuiltinIdentity(ISSUER, signer, build);
    const [a, b] = await Promise.all([identity.load(), identity.load()]);
    expect(a).toBe(built);
    expect(b).toBe(built);
    expect(await identity.load()).toBe(built);
    expect(build).toHaveBeenCalledTimes(1);
  });

  it('tries building again after a failed build, so one missing chunk does not fail every later request', async () => {
    const build = vi.fn<() => Promise<BuiltinIdentity>>().mockRejectedValueOnce(new Error('chunk missing')).mockResolvedValue(built);
    const identity = lazyBuiltinIdentity(ISSUER, signer, build);
    await expect(identity.load()).rejects.toThrow('chunk missing');
    expect(await identity.load()).toBe(built);
    expect(build).toHaveBeenCalledTimes(2);
  });
});
