import { describe, expect, it } from 'vitest';
import type { Schemas } from '../../api/client';
import { readAheadPath, readsAhead } from './read-ahead';

type Round = Schemas['Round'];
type Submission = Schemas['Submission'];

const round = (id: string, more: Partial<Round & { regionIds: string[] }> = {}) =>
  ({ id, name: { zh: id }, checklistId: 'c/h', checklistVersion: 2, type: 'annual', year: 2026, status: 'open', institutionIds: ['h1'], ...more }) as Round;
const sub = (roundId: string, institutionId: string, kind: 'self' | 'expert', status: string) =>
  ({ id: `${roundId}.${institutionId}.${kind}`, roundId, institutionId, kind, status }) as unknown as Submission;
const paths = (rounds: Round[], lists: Record<string, Submission[]> = {}, limits?: { rounds: number; reads: number }) => readsAhead(rounds, (id) => lists[id], limits).map(readAheadPath);

describe('what the expert\'s home reads ahead for an on-site start offline', () => {
  it('each open round\'s pinned checklist version once, as the on-site page asks for it, then the self-evaluations and unfinished evaluations it opens', () => {
    const lists = {
      a: [sub('a', 'h1', 'self', 'submitted'), sub('a', 'h2', 'self', 'draft'), sub('a', 'h1', 'expert', 'draft'), sub('a', 'h3', 'expert', 'submitted')],
      b: [sub('b', 'h1', 'self', 'scored'), sub('b', 'h2', 'expert', 'returned')],
    };
    expect(paths([round('a', { deadline: '2026-05-01' }), round('b', { deadline: '2026-06-01' }), round('c', { checklistVersion: 3 })], lists)).toEqual([
      // Two rounds on the same version: one read.
      '/api/checklists/c%2Fh?version=2',
      '/api/checklists/c%2Fh?version=3',
      // A self-evaluation still in draft is not the expert's to read; a finished evaluation is not opened to fill.
      '/api/submissions/a.h1.self',
      '/api/submissions/a.h1.expert',
      '/api/submissions/b.h1.self',
      '/api/submissions/b.h2.expert',
    ]);
  });

  it('nothing for a closed round, nor for one with nobody to evaluate; a round of regions counts', () => {
    const rounds = [round('closed', { status: 'closed', checklistVersion: 7 }), round('empty', { institutionIds: [], checklistVersion: 8 }), round('regions', { institutionIds: [], regionIds: ['r1'], checklistVersion: 9 })];
    expect(paths(rounds, { closed: [sub('closed', 'h1', 'self', 'submitted')] })).toEqual(['/api/checklists/c%2Fh?version=9']);
  });

  it('bounded: the rounds due first, then at most so many reads, the checklists before the rest', () => {
    const rounds = Array.from({ length: 14 }, (_, i) => round(`r${i}`, { checklistVersion: 100 - i, deadline: `2026-01-${String(28 - i).padStart(2, '0')}` }));
    const lists = Object.fromEntries(rounds.map((r) => [r.id, [sub(r.id, 'h1', 'self', 'submitted')]]));
    const all = paths(rounds, lists, { rounds: 3, reads: 5 });
    // r13's deadline is the nearest.
    expect(all).toEqual(['/api/checklists/c%2Fh?version=87', '/api/checklists/c%2Fh?version=88', '/api/checklists/c%2Fh?version=89', '/api/submissions/r13.h1.self', '/api/submissions/r12.h1.self']);
    expect(paths(rounds, lists)).toHaveLength(20);
  });

  it('a list of submissions not read yet: the checklists alone', () => {
    expect(paths([round('a')])).toEqual(['/api/checklists/c%2Fh?version=2']);
  });
});
