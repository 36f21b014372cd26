import { describe, expect, it } from 'vitest';
import { derToJose } from './der-signature.js';

const hex = (s: string) => Uint8Array.from(Buffer.from(s.replace(/\s/g, ''), 'hex'));
const r32 = 'ff'.repeat(32);
const s31 = '01'.repeat(31);

describe('derToJose', () => {
  it('drops the sign byte of a high r and left-pads a short s to 32 bytes each', () => {
    // SEQUENCE { INTEGER 00 ff…ff (33 bytes), INTEGER 01…01 (31 bytes) }
    const der = hex(`30 44 02 21 00 ${r32} 02 1f ${s31}`);
    expect(Buffer.from(derToJose(der)).toString('hex')).toBe(`${r32}00${s31}`);
  });

  it('refuses what is not a DER ECDSA signature', () => {
    for (const bad of ['', '3000', `31 44 02 21 00 ${r32} 02 1f ${s31}`, `30 45 02 21 00 ${r32} 02 1f ${s31}`, `30 24 02 21 00 ${r32}`, `30 46 02 23 0000ff${r32} 02 1f ${s31}`]) {
      expect(() => derToJose(hex(bad))).toThrow(/DER/);
    }
  });
});
