import { describe, expect, it } from 'vitest';
import type { EvaluationRound } from '../model/round.js';
import type { Submission } from '../model/submission.js';
import type { Principal } from '../ports/token-verifier.js';
import { canCreateSubmission, canEditSubmission, canReadSubmission, canReview, canSeeRound, canSeeRoundResults } from './access-rules.js';

const round = { id: 'r', institutionIds: ['a', 'b'], expertIds: ['e1'] } as EvaluationRound;
const admin: Principal = { sub: 'x', username: 'x', role: 'admin' };
const expert: Principal = { sub: 'e1', username: 'e1', role: 'expert' };
const outsider: Principal = { sub: 'e2', username: 'e2', role: 'expert' };
const instA: Principal = { sub: 'ia', username: 'ia', role: 'institution', institutionId: 'a' };
const instC: Principal = { sub: 'ic', username: 'ic', role: 'institution', institutionId: 'c' };
const sub = (kind: 'self' | 'expert', status: Submission['status']) => ({ institutionId: 'a', kind, status }) as Submission;

describe('access rules', () => {
  it('rounds: admins, assigned experts and participating institutions', () => {
    expect([admin, expert, outsider, instA, instC].map((p) => canSeeRound(p, round))).toEqual([true, true, false, true, false]);
    expect([admin, expert, outsider, instA].map((p) => canSeeRoundResults(p, round))).toEqual([true, true, false, false]);
    expect([admin, expert, outsider, instA].map((p) => canReview(p, round))).toEqual([true, true, false, false]);
  });

  it('institutions read their own self-evaluations, and expert evaluations once submitted', () => {
    expect(canReadSubmission(instA, sub('self', 'draft'), round)).toBe(true);
    expect(canReadSubmission(instA, sub('expert', 'draft'), round)).toBe(false);
    expect(canReadSubmission(instA, sub('expert', 'scored'), round)).toBe(true);
    expect(canReadSubmission(instC, sub('self', 'scored'), round)).toBe(false);
    expect(canReadSubmission(outsider, sub('self', 'scored'), round)).toBe(false);
  });

  it('only the author side edits: the institution its self-evaluation, the assigned expert the on-site one', () => {
    expect(canEditSubmission(instA, sub('self', 'draft'), round)).toBe(true);
    expect(canEditSubmission(expert, sub('self', 'draft'), round)).toBe(false);
    expect(canEditSubmission(expert, sub('expert', 'draft'), round)).toBe(true);
    expect(canEditSubmission(instA, sub('expert', 'draft'), round)).toBe(false);
    expect(canCreateSubmission(instA, round, 'a', 'self')).toBe(true);
    expect(canCreateSubmission(instA, round, 'b', 'self')).toBe(false);
    expect(canCreateSubmission(instA, round, 'a', 'expert')).toBe(false);
    expect(canCreateSubmission(outsider, round, 'a', 'expert')).toBe(false);
  });

  it('an expert evaluation sent back to the expert (returned) is work in progress again: hidden from the institution', () => {
    expect(canReadSubmission(instA, sub('expert', 'returned'), round)).toBe(false);
    expect(canReadSubmission(instA, sub('expert', 'submitted'), round)).toBe(true);
    expect(canReadSubmission(instA, sub('self', 'returned'), round)).toBe(true);
    expect(canReadSubmission(expert, sub('expert', 'returned'), round)).toBe(true);
  });

  it("experts read an institution's self-evaluation only once submitted (not a draft); one they returned stays visible", () => {
    expect(canReadSubmission(expert, sub('self', 'draft'), round)).toBe(false);
    expect(canReadSubmission(expert, sub('self', 'returned'), round)).toBe(true);
    expect(canReadSubmission(expert, sub('self', 'submitted'), round)).toBe(true);
    expect(canReadSubmission(expert, sub('self', 'scored'), round)).toBe(true);
    expect(canReadSubmission(expert, sub('expert', 'draft'), round)).toBe(true);
    expect(canReadSubmission(admin, sub('self', 'draft'), round)).toBe(true);
    expect(canReadSubmission(outsider, sub('self', 'submitted'), round)).toBe(false);
  });
});
