import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/** SHA-256 of a text's UTF-8 bytes, in pure JavaScript: the fallback where the runtime has nothing faster. */
export function pureSha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

interface NodeCrypto {
  createHash(algorithm: 'sha256'): { update(text: string, encoding: 'utf8'): { digest(encoding: 'hex'): string } };
}

// Node's OpenSSL SHA-256 (several times faster than the pure one on a scoring's inputs), reached
// through `process.getBuiltinModule` rather than an import of `node:crypto`, so the engine still
// bundles for the browser unchanged; there `process` is absent and this stays undefined.
const nodeCrypto = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process?.getBuiltinModule?.('node:crypto') as
  | NodeCrypto
  | undefined;

/**
 * The fastest synchronous SHA-256 this runtime has, as lowercase hex: OpenSSL in Node, pure
 * JavaScript elsewhere. Every implementation gives the same digest (`sha256.test.ts`).
 */
export const sha256Hex: (text: string) => string = nodeCrypto
  ? (text) => nodeCrypto.createHash('sha256').update(text, 'utf8').digest('hex')
  : pureSha256Hex;

/**
 * SHA-256 through WebCrypto (`crypto.subtle`, native in browsers and Node), falling back to the
 * pure implementation only where `subtle` is absent (a page served over plain http from
 * anywhere but localhost). Asynchronous because WebCrypto is.
 */
export async function digestSha256Hex(text: string): Promise<string> {
  const subtle = (globalThis as { crypto?: { subtle?: SubtleCrypto } }).crypto?.subtle;
  if (!subtle) return pureSha256Hex(text);
  return bytesToHex(new Uint8Array(await subtle.digest('SHA-256', utf8ToBytes(text))));
}
