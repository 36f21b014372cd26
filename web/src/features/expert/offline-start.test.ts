import { describe, expect, it } from 'vitest';
import type { Schemas } from '../../api/client';
import { offlineOnSite } from './offline-start';

const round = { id: 'r1', checklistId: 'c', checklistVersion: 2, status: 'open', institutionIds: ['h1'] } as unknown as Schemas['Round'];
const file = { key: 'evidence/r1.h1.self/beds/a.pdf', name: 'a.pdf', size: 1, contentType: 'application/pdf', sha256: 'x' };
const self = {
  id: 'r1.h1.self', roundId: 'r1', institutionId: 'h1', kind: 'self', checklistId: 'c', checklistVersion: 2, status: 'submitted', revision: 3, version: 7,
  context: { county: 'x', year: 2025 }, answers: { facilities: { beds: 40 } }, evidence: { beds: [file], empty: [] },
} as unknown as Schemas['Submission'];
const now = new Date('2026-01-02T03:04:05Z');

describe('an on-site evaluation started offline', () => {
  it('from the self-evaluation: its answers, its context and its files counted, as the server would start it', () => {
    const started = offlineOnSite(round, self, true, 'expert', now)!;
    expect(started.body).toEqual({ roundId: 'r1', institutionId: 'h1', kind: 'expert', prefillFrom: 'r1.h1.self' });
    expect(started.submission).toMatchObject({ id: 'r1.h1.expert', kind: 'expert', status: 'draft', version: 0, checklistVersion: 2, context: { county: 'x', year: 2025 }, answers: { facilities: { beds: 40 } }, evidence: {}, prefilledFrom: { submissionId: 'r1.h1.self', revision: 3 }, inheritedEvidence: { submissionId: 'r1.h1.self', files: { beds: [file] } } });
    expect(started.content).toEqual({ answers: { facilities: { beds: 40 } }, evidence: {} });
    // A copy: editing the evaluation does not change the self-evaluation shown beside it.
    (started.content.answers.facilities as { beds: number }).beds = 1;
    expect(self.answers).toEqual({ facilities: { beds: 40 } });
  });

  it('blank: no answers, nothing inherited, still the institution\'s context', () => {
    const started = offlineOnSite(round, self, false, 'expert', now)!;
    expect(started.body).toEqual({ roundId: 'r1', institutionId: 'h1', kind: 'expert' });
    expect(started.submission.answers).toEqual({});
    expect(started.submission.inheritedEvidence).toBeUndefined();
    expect(started.submission.context).toEqual({ county: 'x', year: 2025 });
  });

  it('not where the server would refuse: a self-evaluation of another checklist version or not submitted, or of another round', () => {
    expect(offlineOnSite(round, { ...self, checklistVersion: 1 }, true, 'expert', now)).toBeUndefined();
    expect(offlineOnSite(round, { ...self, status: 'returned' }, true, 'expert', now)).toBeUndefined();
    expect(offlineOnSite(round, { ...self, roundId: 'r2' }, false, 'expert', now)).toBeUndefined();
  });
});
