import { hkdfSync } from 'node:crypto';

/** What a key derived from the local secret is for; each purpose gets its own key. */
export type KeyPurpose = 'evidence-urls';

/**
 * Derives a 256-bit key for one purpose from the local-mode secret (HKDF-SHA256). Separate keys
 * mean a value signed for one purpose (an evidence URL) can never pass as another, whatever the
 * formats look like. (Tokens no longer use the secret: they are ES256 with their own key pair.)
 */
export function purposeKey(secret: string, purpose: KeyPurpose): Uint8Array {
  return new Uint8Array(hkdfSync('sha256', secret, 'dabiao', `dabiao/${purpose}/v1`, 32));
}
