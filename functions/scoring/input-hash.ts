import stringify from 'safe-stable-stringify';
import type { Submission } from './result-types.js';
import { digestSha256Hex, sha256Hex } from './sha256.js';

/**
 * The canonical JSON (sorted keys) of everything a score depends on besides the engine: checklist
 * id and version, context, answers and evidence names. Its SHA-256 is the result's `inputHash`.
 */
export function canonicalInputs(checklist: { id: string; version: number }, submission: Submission): string {
  const evidence = Object.fromEntries(
    Object.entries(submission.evidence ?? {}).map(([id, refs]) => [id, refs.map((r) => r.key ?? r.name)]),
  );
  return stringify({ checklist, context: submission.context, answers: submission.answers, evidence }) ?? '';
}

/**
 * SHA-256 of the canonical inputs, so the same inputs always hash the same, in Node and in the
 * browser; computed with the fastest synchronous implementation the runtime has.
 */
export function inputHash(checklist: { id: string; version: number }, submission: Submission): string {
  return sha256Hex(canonicalInputs(checklist, submission));
}

/** `inputHash` through WebCrypto (the browser's native SHA-256); the same digest. */
export function digestInputHash(checklist: { id: string; version: number }, submission: Submission): Promise<string> {
  return digestSha256Hex(canonicalInputs(checklist, submission));
}
