import { describe, expect, it } from 'vitest';
import type { EvaluationRound } from '../model/round.js';
import type { Submission } from '../model/submission.js';
import type { Principal } from '../ports/token-verifier.js';
import { canCreateSubmission, canEditSubmission, canReadSubmission, canReview, canSeeRound, canSeeRoundResults } from './access-rules.js';
import type { CommissionScope } from './commission-scope.js';
import { roundView } from './round-view.js';

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
    const inst = (id: string) => ({ type: 'institution' as const, id });
    expect(canCreateSubmission(instA, round, inst('a'), 'self')).toBe(true);
    expect(canCreateSubmission(instA, round, inst('b'), 'self')).toBe(false);
    expect(canCreateSubmission(instA, round, inst('a'), 'expert')).toBe(false);
    expect(canCreateSubmission(outsider, round, inst('a'), 'expert')).toBe(false);
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

describe('access rules: commissions', () => {
  // A city (jx) over two counties (hn, tx); institution a is in hn. Region round rr evaluates hn and tx.
  const regionRound = { id: 'rr', institutionIds: [], regionIds: ['hn', 'tx'], expertIds: ['e1'] } as unknown as EvaluationRound;
  const instRound = { id: 'ri', institutionIds: ['a', 'b'], expertIds: [] } as unknown as EvaluationRound;
  const county = (regionId: string): Principal => ({ sub: `c-${regionId}`, username: `c-${regionId}`, role: 'commission', regionId });
  const hn = county('hn');
  const tx = county('tx');
  const jx = county('jx');
  const scopes: Record<string, CommissionScope> = {
    hn: { regionIds: new Set(['hn']), institutionIds: new Set(['a']) },
    tx: { regionIds: new Set(['tx']), institutionIds: new Set() },
    jx: { regionIds: new Set(['jx', 'hn', 'tx']), institutionIds: new Set(['a']) },
    other: { regionIds: new Set(['sx']), institutionIds: new Set(['c']) },
  };
  const other = county('sx');
  const ofRegion = (regionId: string, kind: 'self' | 'expert', status: Submission['status']) => ({ regionId, kind, status }) as Submission;
  const region = (id: string) => ({ type: 'region' as const, id });

  it('a commission sees the rounds of what it oversees, and no other', () => {
    expect(canSeeRound(hn, regionRound, scopes.hn)).toBe(true);
    expect(canSeeRound(jx, regionRound, scopes.jx)).toBe(true);
    expect(canSeeRound(other, regionRound, scopes.other)).toBe(false);
    expect(canSeeRound(hn, instRound, scopes.hn)).toBe(true);
    expect(canSeeRound(tx, instRound, scopes.tx)).toBe(false);
    // Without its scope loaded, a commission sees nothing: the rule never guesses.
    expect(canSeeRound(hn, regionRound)).toBe(false);
  });

  it('a commission starts and edits only its own region\'s self-evaluation, not a county under it nor an institution', () => {
    expect(canCreateSubmission(hn, regionRound, region('hn'), 'self')).toBe(true);
    expect(canCreateSubmission(jx, regionRound, region('hn'), 'self')).toBe(false);
    expect(canCreateSubmission(hn, regionRound, region('tx'), 'self')).toBe(false);
    expect(canCreateSubmission(hn, regionRound, region('hn'), 'expert')).toBe(false);
    expect(canCreateSubmission(hn, instRound, { type: 'institution', id: 'a' }, 'self')).toBe(false);
    expect(canEditSubmission(hn, ofRegion('hn', 'self', 'draft'), regionRound)).toBe(true);
    expect(canEditSubmission(jx, ofRegion('hn', 'self', 'draft'), regionRound)).toBe(false);
    expect(canEditSubmission(hn, ofRegion('hn', 'expert', 'draft'), regionRound)).toBe(false);
    expect(canEditSubmission(hn, sub('self', 'draft'), instRound)).toBe(false);
  });

  it('its own evaluation from the first draft; what it oversees once submitted; another region\'s never', () => {
    expect(canReadSubmission(hn, ofRegion('hn', 'self', 'draft'), regionRound, scopes.hn)).toBe(true);
    expect(canReadSubmission(hn, ofRegion('hn', 'expert', 'draft'), regionRound, scopes.hn)).toBe(false);
    expect(canReadSubmission(hn, ofRegion('hn', 'expert', 'scored'), regionRound, scopes.hn)).toBe(true);
    expect(canReadSubmission(jx, ofRegion('hn', 'self', 'draft'), regionRound, scopes.jx)).toBe(false);
    expect(canReadSubmission(jx, ofRegion('hn', 'self', 'scored'), regionRound, scopes.jx)).toBe(true);
    expect(canReadSubmission(tx, ofRegion('hn', 'self', 'scored'), regionRound, scopes.tx)).toBe(false);
    expect(canReadSubmission(other, ofRegion('hn', 'self', 'scored'), regionRound, scopes.other)).toBe(false);
    expect(canReadSubmission(hn, sub('self', 'submitted'), instRound, scopes.hn)).toBe(true);
    expect(canReadSubmission(hn, sub('self', 'draft'), instRound, scopes.hn)).toBe(false);
    expect(canReadSubmission(tx, sub('self', 'scored'), instRound, scopes.tx)).toBe(false);
  });

  it('round results within its scope; the round shows only the participants it oversees and never the experts', () => {
    expect(canSeeRoundResults(hn, regionRound, scopes.hn)).toBe(true);
    expect(canSeeRoundResults(other, regionRound, scopes.other)).toBe(false);
    expect(canReview(hn, regionRound)).toBe(false);
    expect(roundView(hn, regionRound, scopes.hn)).toMatchObject({ regionIds: ['hn'], institutionIds: [] });
    expect(roundView(jx, regionRound, scopes.jx)).toMatchObject({ regionIds: ['hn', 'tx'] });
    expect(roundView(hn, regionRound, scopes.hn).expertIds).toBeUndefined();
    expect(roundView(admin, regionRound).regionIds).toEqual(['hn', 'tx']);
  });
});
