import { describe, expect, it } from 'vitest';
import type { Schemas } from '../../api/client';
import { offlineOnSite, startsOnDevice, type KnownParticipant } from './offline-start';

const round = { id: 'r1', checklistId: 'c', checklistVersion: 2, type: 'annual', year: 2025, status: 'open', institutionIds: ['h1'] } as unknown as Schemas['Round'];
const file = { key: 'evidence/r1.h1.self/beds/a.pdf', name: 'a.pdf', size: 1, contentType: 'application/pdf', sha256: 'x' };
const self = {
  id: 'r1.h1.self', roundId: 'r1', institutionId: 'h1', kind: 'self', checklistId: 'c', checklistVersion: 2, status: 'submitted', revision: 3, version: 7,
  context: { county: 'x', year: 2025 }, answers: { facilities: { beds: 40 } }, evidence: { beds: [file], empty: [] },
} as unknown as Schemas['Submission'];
const withSelf: KnownParticipant = { type: 'institution', id: 'h1', self };
const now = new Date('2026-01-02T03:04:05Z');

describe('an on-site evaluation started offline', () => {
  it('from the self-evaluation: its answers, its context and its files counted, as the server would start it', () => {
    const started = offlineOnSite(round, withSelf, true, 'expert', now)!;
    expect(started.body).toEqual({ roundId: 'r1', institutionId: 'h1', kind: 'expert', prefillFrom: 'r1.h1.self' });
    expect(started.submission).toMatchObject({ id: 'r1.h1.expert', kind: 'expert', status: 'draft', version: 0, checklistVersion: 2, context: { county: 'x', year: 2025 }, answers: { facilities: { beds: 40 } }, evidence: {}, prefilledFrom: { submissionId: 'r1.h1.self', revision: 3 }, inheritedEvidence: { submissionId: 'r1.h1.self', files: { beds: [file] } } });
    expect(started.content).toEqual({ answers: { facilities: { beds: 40 } }, evidence: {} });
    // A copy: editing the evaluation does not change the self-evaluation shown beside it.
    (started.content.answers.facilities as { beds: number }).beds = 1;
    expect(self.answers).toEqual({ facilities: { beds: 40 } });
  });

  it('blank: no answers, nothing inherited, still the institution\'s context', () => {
    const started = offlineOnSite(round, withSelf, false, 'expert', now)!;
    expect(started.body).toEqual({ roundId: 'r1', institutionId: 'h1', kind: 'expert' });
    expect(started.submission.answers).toEqual({});
    expect(started.submission.inheritedEvidence).toBeUndefined();
    expect(started.submission.context).toEqual({ county: 'x', year: 2025 });
  });

  it('blank for an institution that has not submitted: from its directory record, with the round\'s year and type, as the server makes it', () => {
    const known: KnownParticipant = { type: 'institution', id: 'h2', context: { grade: '3-b', hospital: 'renmin' } };
    expect(startsOnDevice(round, known)).toBe(true);
    const started = offlineOnSite(round, known, false, 'expert', now)!;
    expect(started.body).toEqual({ roundId: 'r1', institutionId: 'h2', kind: 'expert' });
    expect(started.submission).toMatchObject({ id: 'r1.h2.expert', institutionId: 'h2', answers: {}, context: { grade: '3-b', hospital: 'renmin', year: 2025, round: 'annual' } });
    expect(started.submission.prefilledFrom).toBeUndefined();
    // Nothing to start from: never "from the self-evaluation".
    expect(offlineOnSite(round, known, true, 'expert', now)).toBeUndefined();
  });

  it('a region of a region round, from its record', () => {
    const started = offlineOnSite(round, { type: 'region', id: 'county-1', context: { population: 10 } }, false, 'expert', now)!;
    expect(started.body).toEqual({ roundId: 'r1', regionId: 'county-1', kind: 'expert' });
    expect(started.submission.id).toBe('r1.county-1.expert');
  });

  it('the directory record\'s context before the self-evaluation\'s: the server copies the record', () => {
    const started = offlineOnSite(round, { ...withSelf, context: { county: 'y' } }, true, 'expert', now)!;
    expect(started.submission.context).toEqual({ county: 'y', year: 2025, round: 'annual' });
  });

  it('not without the participant\'s context on the device (neither its record nor its self-evaluation read): starting needs the network', () => {
    expect(startsOnDevice(round, { type: 'institution', id: 'h3' })).toBe(false);
    expect(offlineOnSite(round, { type: 'institution', id: 'h3' }, false, 'expert', now)).toBeUndefined();
  });

  it('not where the server would refuse: a self-evaluation of another checklist version or not submitted, or of another round', () => {
    expect(offlineOnSite(round, { ...withSelf, self: { ...self, checklistVersion: 1 } }, true, 'expert', now)).toBeUndefined();
    expect(offlineOnSite(round, { ...withSelf, self: { ...self, status: 'returned' } }, true, 'expert', now)).toBeUndefined();
    expect(offlineOnSite(round, { ...withSelf, self: { ...self, roundId: 'r2' } }, false, 'expert', now)).toBeUndefined();
  });
});
