import { describe, expect, it } from 'vitest';
import { createInMemoryServiceDeps } from '../../adapters/local/in-memory-service-deps.js';
import { InMemoryUserDirectory } from '../../adapters/local/in-memory-user-directory.js';
import type { User } from '../model/user.js';
import type { DomainError } from '../errors.js';
import type { EvaluationRound } from '../model/round.js';
import { CAST, miniChecklist, seedMiniRound } from './fixtures/mini-round.js';
import { createChecklistService } from './checklist-service.js';
import { createRoundService, type RoundInput } from './round-service.js';
import { createSubmissionService } from './submission-service.js';

const { admin, expert, outsider, instA, instC } = CAST;

async function setup() {
  const deps = createInMemoryServiceDeps();
  await seedMiniRound(deps);
  const rounds = createRoundService(deps);
  const checklists = createChecklistService(deps);
  const input = (o: Partial<RoundInput> = {}): RoundInput => ({ id: 'r2', name: { zh: '第二轮' }, checklistId: 'mini', checklistVersion: 1, type: 'final', year: 2026, institutionIds: ['inst-c'], expertIds: [], ...o });
  /** The fields an update sends, from a stored round. */
  const fields = ({ id: _id, version: _v, createdAt: _c, updatedAt: _u, audit: _a, ...rest }: EvaluationRound) => rest;
  return { deps, rounds, checklists, input, fields };
}

async function failure(p: Promise<unknown>): Promise<{ code: string; issues?: { path: string; code: string }[] }> {
  return p.then(
    () => ({ code: 'resolved' }),
    (e: DomainError) => ({ code: e.code, ...(e.details && typeof e.details === 'object' && 'issues' in e.details ? { issues: (e.details as { issues: { path: string; code: string }[] }).issues.map(({ path, code }) => ({ path, code })) } : {}) }),
  );
}

describe('rounds', () => {
  it('a round must name a published checklist and existing, distinct institutions: every problem at once, nothing created', async () => {
    const { deps, rounds, input } = await setup();
    expect(await failure(rounds.create(admin, input({ checklistVersion: 7, institutionIds: ['inst-c', 'ghost', 'inst-c'] })))).toEqual({
      code: 'invalid-reference',
      issues: [
        { path: '/checklistVersion', code: 'unknown-checklist' },
        { path: '/institutionIds/1', code: 'unknown-institution' },
        { path: '/institutionIds', code: 'duplicate' },
      ],
    });
    expect(await deps.repos.rounds.get('r2')).toBeUndefined();
    expect(await failure(rounds.create(expert, input()))).toEqual({ code: 'forbidden' });
    await rounds.create(admin, input());
    expect(await failure(rounds.create(admin, input()))).toEqual({ code: 'already-exists' });
  });

  it('a new round with a deadline already past is refused with the dates; today (in China) is accepted', async () => {
    const { deps, rounds, input } = await setup();
    deps.clock.set('2026-12-01T17:00:00Z'); // 01:00 on 2 December in China
    expect(await failure(rounds.create(admin, input({ deadline: '2026-01-31', institutionIds: ['ghost'] })))).toEqual({
      code: 'invalid-reference',
      issues: [{ path: '/deadline', code: 'deadline-past' }, { path: '/institutionIds/0', code: 'unknown-institution' }],
    });
    expect(await failure(rounds.create(admin, input({ deadline: '2026-12-01' })))).toMatchObject({ issues: [{ path: '/deadline', code: 'deadline-past' }] });
    expect(await rounds.create(admin, input({ deadline: '2026-12-02' }))).toMatchObject({ deadline: '2026-12-02' });
  });

  it('a retired version cannot start a round, but a round already on it keeps it (and can still be closed)', async () => {
    const { rounds, checklists, input, fields } = await setup();
    await checklists.retire(admin, 'mini', 1);
    expect(await failure(rounds.create(admin, input()))).toEqual({ code: 'invalid-reference', issues: [{ path: '/checklistVersion', code: 'retired-checklist' }] });
    const r1 = await rounds.get(admin, 'r1');
    const closed = await rounds.update(admin, 'r1', r1.version, { ...fields(r1 as EvaluationRound), status: 'closed' });
    expect(closed).toMatchObject({ status: 'closed', checklistVersion: 1, version: 2 });
  });

  it('once a round has submissions its checklist version cannot move (409 naming the re-score); before, it can', async () => {
    const { deps, rounds, checklists, fields } = await setup();
    await checklists.publish(admin, miniChecklist(2));
    const r1 = (await deps.repos.rounds.get('r1'))!;
    const moved = await rounds.update(admin, 'r1', r1.version, { ...fields(r1), checklistVersion: 2 });
    expect(moved.checklistVersion).toBe(2);
    await createSubmissionService(deps).create(instA, { roundId: 'r1', kind: 'self' });
    const refused = await rounds.update(admin, 'r1', moved.version, { ...fields(moved), checklistVersion: 1 }).catch((e: DomainError) => e);
    expect(refused).toMatchObject({ code: 'invalid-state', message: expect.stringContaining('/api/rounds/r1/rescore') });
    expect((await deps.repos.rounds.get('r1'))?.checklistVersion).toBe(2);
  });

  it('a stale version is version-conflict and the round is unchanged', async () => {
    const { deps, rounds, fields } = await setup();
    const r1 = (await deps.repos.rounds.get('r1'))!;
    await rounds.update(admin, 'r1', 1, { ...fields(r1), name: { zh: '改名' } });
    expect(await failure(rounds.update(admin, 'r1', 1, { ...fields(r1), name: { zh: '又改' } }))).toEqual({ code: 'version-conflict' });
    expect((await deps.repos.rounds.get('r1'))?.name.zh).toBe('改名');
  });

  it('each caller lists the rounds they take part in, newest year first; an institution without the participant and expert lists', async () => {
    const { rounds, input } = await setup();
    await rounds.create(admin, input({ id: 'r0', year: 2024 }));
    await rounds.create(admin, input());
    expect((await rounds.list(admin)).map((r) => r.id)).toEqual(['r2', 'r1', 'r0']);
    expect((await rounds.list(expert)).map((r) => r.id)).toEqual(['r1']);
    expect(await rounds.list(outsider)).toEqual([]);
    const seen = await rounds.list(instC);
    expect(seen.map((r) => r.id)).toEqual(['r2', 'r0']);
    expect(seen.every((r) => !('institutionIds' in r) && !('expertIds' in r))).toBe(true);
    expect(await failure(rounds.get(instC, 'r1'))).toEqual({ code: 'not-found' });
  });

  it('a round needs participants and real, enabled expert accounts: each mistake named (中文 and English), nothing created', async () => {
    const { deps, rounds, input, fields } = await setup();
    const directory = new InMemoryUserDirectory();
    const account = (username: string, role: User['role'], status: User['status'] = 'active') =>
      directory.create({ username, role, status, displayName: username, passwordHash: 'x', mustChangePassword: false, failedAttempts: 0, sessionEpoch: 0, version: 1 } as unknown as User);
    await account('zhou', 'expert');
    await account('li', 'expert', 'disabled');
    await account('insta', 'institution');
    deps.accounts = directory;
    const refused = await rounds.create(admin, input({ institutionIds: [], expertIds: ['zhou', 'ghost', 'insta', 'li', 'zhou'] })).catch((e: DomainError) => e);
    expect(await failure(Promise.reject(refused))).toEqual({
      code: 'invalid-reference',
      issues: [
        { path: '/institutionIds', code: 'no-participants' },
        { path: '/expertIds', code: 'duplicate' },
        { path: '/expertIds/1', code: 'unknown-expert' },
        { path: '/expertIds/2', code: 'not-expert' },
        { path: '/expertIds/3', code: 'disabled-expert' },
      ],
    });
    const messages = ((refused as DomainError).details as { issues: { message: string }[] }).issues.map((i) => i.message);
    expect(messages).toContain('专家账号 ghost 不存在 (expert account ghost does not exist)');
    expect(messages[0]).toMatch(/^轮次至少需要一个参评机构 \(a round needs at least one institution/);
    expect(await deps.repos.rounds.get('r2')).toBeUndefined();

    const made = await rounds.create(admin, input({ expertIds: ['zhou'] }));
    // Disabled after the round began: the round keeps the expert and can still be closed; adding another disabled one is refused.
    const current = await directory.get('zhou');
    await directory.replace({ ...current!, status: 'disabled', version: current!.version + 1 } as User, current!.version);
    const closed = await rounds.update(admin, 'r2', made.version, { ...fields(made), status: 'closed' });
    expect(closed.status).toBe('closed');
    expect(await failure(rounds.update(admin, 'r2', closed.version, { ...fields(closed), expertIds: ['zhou', 'li'] }))).toEqual({ code: 'invalid-reference', issues: [{ path: '/expertIds/1', code: 'disabled-expert' }] });
    expect(await failure(rounds.update(admin, 'r2', closed.version, { ...fields(closed), institutionIds: [] }))).toEqual({ code: 'invalid-reference', issues: [{ path: '/institutionIds', code: 'no-participants' }] });
  });
});
