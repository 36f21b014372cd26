import type { Institution } from '../../model/institution.js';
import type { Region } from '../../model/region.js';
import type { EvaluationRound } from '../../model/round.js';
import type { SubmissionDigest } from '../../model/submission-digest.js';

/** What a round's dashboard is built from, as the dashboard read has it in hand. */
export interface DashboardInputs {
  round: EvaluationRound;
  submissions: SubmissionDigest[];
  /** The round's participants (those the dashboard lists). */
  institutions: Institution[];
  regions: Region[];
}

/**
 * 53 bits of a string (cyrb53: two multiplicative 32-bit lanes mixed at the end). Not
 * cryptographic: a tag only tells a client that what it holds is still current.
 */
function hash53(text: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * A round dashboard's validator, from what its reply is built from rather than from the reply:
 * the reply's `format`, the round's version (its checklist version is part of it, and a published
 * checklist version never changes), and the id and version of every submission digest,
 * participant and region read for it. Every change to any of them bumps a version, so an equal
 * tag means an equal reply, and a matching `If-None-Match` costs the reads but not building,
 * serialising and sending 250 KB for 1,000 institutions. Linear in what was read (about 30
 * characters an item), two 53-bit hashes: 28 hex digits.
 *
 * Two things the tag relies on. The reply is the same for everyone allowed to see the round (the
 * access check runs before the tag is compared), except a commission's, which is filtered by its
 * scope: the caller then puts that scope in `format` (`dashboard-service.ts`), or a 304 would
 * confirm another scope's reply. And a change to how the reply is computed must change `format` (the
 * caller passes the compact format and the engine's version).
 */
export function dashboardTag(format: string, inputs: DashboardInputs): string {
  const { round, submissions, institutions, regions } = inputs;
  const parts = [format, `${round.id}:${round.version}:${round.checklistId}@${round.checklistVersion}`];
  for (const s of submissions) parts.push(`s${s.id}:${s.version}`);
  for (const i of institutions) parts.push(`i${i.id}:${i.version}`);
  for (const r of regions) parts.push(`r${r.id}:${r.version}`);
  // A separator no id contains, so that ("a:1", "2") and ("a", "1:2")-like runs cannot collide.
  const text = parts.join('\n');
  return hash53(text, 1).toString(16).padStart(14, '0') + hash53(text, 2).toString(16).padStart(14, '0');
}
