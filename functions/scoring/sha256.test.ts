import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { canonicalInputs, digestInputHash, inputHash } from './input-hash.js';
import { digestSha256Hex, pureSha256Hex, sha256Hex } from './sha256.js';

const texts = ['', 'abc', '达标：床位数≥20张 · 差20张', 'x'.repeat(100_000), '🏥'.repeat(33)];

describe('SHA-256, whichever implementation the runtime picks', () => {
  it('gives the digest of the published test vector', () => {
    const abc = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
    expect(pureSha256Hex('abc')).toBe(abc);
    expect(sha256Hex('abc')).toBe(abc);
  });

  it('uses Node’s own SHA-256 in Node, not the pure JavaScript one', () => {
    // The same function object would mean the fast path was never found.
    expect(sha256Hex).not.toBe(pureSha256Hex);
  });

  it('agrees across OpenSSL, WebCrypto and the pure fallback, Chinese and astral text included', async () => {
    for (const text of texts) {
      const expected = createHash('sha256').update(text, 'utf8').digest('hex');
      expect(sha256Hex(text)).toBe(expected);
      expect(pureSha256Hex(text)).toBe(expected);
      expect(await digestSha256Hex(text)).toBe(expected);
    }
  });

  it('hashes every sample submission the same way synchronously and through WebCrypto', async () => {
    const samples = (await readdir('forms/haining-hospital-2023/samples')).filter((f) => f.endsWith('.json'));
    expect(samples.length).toBeGreaterThan(3);
    for (const file of samples) {
      const sample = JSON.parse(await readFile(`forms/haining-hospital-2023/samples/${file}`, 'utf8'));
      const submission = { context: sample.context ?? {}, answers: sample.answers ?? {}, evidence: sample.evidence ?? {} };
      const checklist = { id: 'haining-hospital-2023', version: 1 };
      const sync = inputHash(checklist, submission);
      expect(sync).toBe(pureSha256Hex(canonicalInputs(checklist, submission)));
      expect(await digestInputHash(checklist, submission)).toBe(sync);
    }
  });
});
