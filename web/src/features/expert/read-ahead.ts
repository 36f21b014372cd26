import type { Schemas } from '../../api/client';
import { byDeadlineThenName } from './round-order';

type Round = Schemas['Round'];
type Submission = Schemas['Submission'];

/** One read the on-site page of a round makes, to have the service worker keep it beforehand. */
export type ReadAhead = { kind: 'checklist'; checklistId: string; version: number } | { kind: 'submission'; id: string };

/** How much the expert's home reads ahead: the rounds due first, a bounded number of reads in all. */
export interface ReadAheadLimits {
  rounds: number;
  reads: number;
}

/** Enough for an expert's week of visits; a phone's cache and a mobile network are not spent on more. */
export const READ_AHEAD_LIMITS: ReadAheadLimits = { rounds: 10, reads: 40 };

const participantCount = (round: Round) => (round.institutionIds?.length ?? 0) + ((round as Round & { regionIds?: string[] }).regionIds?.length ?? 0);

/** A self-evaluation an on-site page shows beside the expert's, or an evaluation of the expert's own still to fill. */
function openedOnSite(s: Submission): boolean {
  if (s.kind === 'self') return s.status === 'submitted' || s.status === 'scored';
  return s.status === 'draft' || s.status === 'returned';
}

/**
 * The rounds read ahead for: open (a closed round takes no more evaluations), with someone to
 * evaluate, the nearest deadline first (the home's order), at most `max`.
 */
export function roundsAhead(rounds: readonly Round[], max: number): Round[] {
  const order = byDeadlineThenName('zh-CN');
  return rounds
    .filter((r) => r.status === 'open' && participantCount(r) > 0)
    .map((r) => ({ r, key: { id: r.id, deadline: r.deadline, name: r.name.zh } }))
    .sort((a, b) => order(a.key, b.key))
    .slice(0, max)
    .map(({ r }) => r);
}

/**
 * What the expert's home reads ahead so that an on-site evaluation starts and opens offline: for
 * the open rounds with someone to evaluate (the nearest deadline first, at most `limits.rounds`),
 * each pinned checklist version once (every start needs it), then, of the rounds' submissions
 * the home already knows, the submitted self-evaluations (the page shows them beside the
 * expert's; a prefilled start copies them) and the expert's unfinished evaluations (to continue
 * offline). At most `limits.reads` in all; the checklists come first.
 */
export function readsAhead(rounds: readonly Round[], submissionsOf: (roundId: string) => readonly Submission[] | undefined, limits: ReadAheadLimits = READ_AHEAD_LIMITS): ReadAhead[] {
  const due = roundsAhead(rounds, limits.rounds);
  const reads = new Map<string, ReadAhead>();
  for (const r of due) reads.set(readAheadPath({ kind: 'checklist', checklistId: r.checklistId, version: r.checklistVersion }), { kind: 'checklist', checklistId: r.checklistId, version: r.checklistVersion });
  for (const r of due) {
    for (const s of submissionsOf(r.id) ?? []) if (s.roundId === r.id && openedOnSite(s)) reads.set(readAheadPath({ kind: 'submission', id: s.id }), { kind: 'submission', id: s.id });
  }
  return [...reads.values()].slice(0, limits.reads);
}

/** The API path (with its query) of a read, as the app's client writes it: what the worker keeps its reply under, after the API's base. */
export function readAheadPath(read: ReadAhead): string {
  return read.kind === 'checklist' ? `/api/checklists/${encodeURIComponent(read.checklistId)}?version=${read.version}` : `/api/submissions/${encodeURIComponent(read.id)}`;
}
