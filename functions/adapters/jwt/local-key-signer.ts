import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { calculateJwkThumbprint } from 'jose';
import type { PublicJwk, TokenSigner } from '../../domain/ports/token-signer.js';

/**
 * ES256 with a P-256 key pair held by this process: `npm start` and tests. `fromFile` keeps the
 * key under `.data/keys/` so tokens survive a restart; `inMemory` makes a throwaway one.
 */
export class LocalKeySigner implements TokenSigner {
  readonly algorithm = 'ES256' as const;
  private jwk?: PublicJwk;

  private constructor(private readonly privateKey: KeyObject) {}

  /** A fresh key pair that lives as long as the process (`npm start -- --memory`, tests). */
  static inMemory(): LocalKeySigner {
    return new LocalKeySigner(generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey);
  }

  /** The key pair in `file` (PKCS#8 PEM), generated there (mode 0600) on first use. */
  static fromFile(file: string): LocalKeySigner {
    if (!existsSync(file)) {
      mkdirSync(dirname(file), { recursive: true });
      const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
      writeFileSync(file, privateKey.export({ format: 'pem', type: 'pkcs8' }), { mode: 0o600, flag: 'wx' });
    }
    const key = createPrivateKey(readFileSync(file, 'utf8'));
    if (key.asymmetricKeyType !== 'ec' || key.asymmetricKeyDetails?.namedCurve !== 'prime256v1') throw new Error(`${file} is not a P-256 private key`);
    return new LocalKeySigner(key);
  }

  async sign(input: Uint8Array): Promise<Uint8Array> {
    // ieee-p1363 is JOSE's r || s encoding; node's default for EC keys is DER.
    return sign('sha256', input, { key: this.privateKey, dsaEncoding: 'ieee-p1363' });
  }

  async publicJwk(): Promise<PublicJwk> {
    if (!this.jwk) {
      const { kty, crv, x, y } = createPublicKey(this.privateKey).export({ format: 'jwk' }) as PublicJwk;
      const base = { kty: kty!, crv: crv!, x: x!, y: y! };
      this.jwk = { ...base, kid: await calculateJwkThumbprint(base), alg: 'ES256', use: 'sig' };
    }
    return this.jwk;
  }
}
