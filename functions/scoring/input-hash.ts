import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import stringify from 'safe-stable-stringify';
import type { Submission } from './result-types.js';

/**
 * SHA-256 of the canonical JSON (sorted keys) of everything a score depends on besides the engine,
 * so the same inputs always hash the same, in Node and in the browser.
 */
export function inputHash(checklist: { id: string; version: number }, submission: Submission): string {
  const evidence = Object.fromEntries(
    Object.entries(submission.evidence ?? {}).map(([id, refs]) => [id, refs.map((r) => r.key ?? r.name)]),
  );
  const canonical = stringify({ checklist, context: submission.context, answers: submission.answers, evidence }) ?? '';
  return bytesToHex(sha256(utf8ToBytes(canonical)));
}
