import { describe, expect, it } from 'vitest';
import type { DomainError } from '../../functions/domain/errors.js';
import type { LoginAttemptStore } from '../../functions/domain/ports/login-attempt-store.js';
import type { Repositories } from '../../functions/domain/ports/repositories.js';
import { digestOf } from '../../functions/domain/model/submission-digest.js';
import type { ScoreResult } from '../../functions/scoring/result-types.js';
import { checklist, institution, region, round, scale, submission } from './fixtures.js';

/** A fresh, empty store behind every port the contract covers. */
export interface Stores {
  repos: Repositories;
  logins: LoginAttemptStore;
}

/** The domain error code a promise rejects with (or what it resolved to, so a failure reads clearly). */
async function codeOf(p: Promise<unknown>): Promise<string> {
  return p.then(
    () => 'resolved',
    (e: unknown) => (e as DomainError).code ?? String(e),
  );
}

/**
 * The behaviour the domain relies on from its repositories, run unchanged against every adapter
 * (in memory and DynamoDB on dynalite) so they cannot drift: conditional creates and replaces,
 * what a failed write leaves behind, list contents and orders (ACCESS-PATTERNS.md).
 */
export function repositoryContract(open: () => Promise<Stores>): void {
  describe('versioned entities', () => {
    it('create then get returns the entity as stored; a second create with the id is already-exists and keeps the first', async () => {
      const { repos } = await open();
      const first = region('r1', { parentId: undefined });
      await repos.regions.create(first);
      const got = await repos.regions.get('r1');
      expect(got).toEqual(first);
      expect(got && 'parentId' in got).toBe(false);
      expect(await codeOf(repos.regions.create(region('r1', { name: { zh: '另一个' } })))).toBe('already-exists');
      expect((await repos.regions.get('r1'))?.name.zh).toBe('地区r1');
      expect(await repos.regions.get('nope')).toBeUndefined();
    });

    it('a read is a copy: changing it changes nothing stored', async () => {
      const { repos } = await open();
      await repos.institutions.create(institution('i1', 'r1'));
      const got = (await repos.institutions.get('i1'))!;
      got.context.type = 'tcm';
      expect((await repos.institutions.get('i1'))!.context.type).toBe('general');
    });

    it('replace writes only on the expected version: a stale one is version-conflict and writes nothing', async () => {
      const { repos } = await open();
      await repos.rounds.create(round('o1', 2025));
      const v2 = { ...round('o1', 2025), status: 'closed' as const, version: 2 };
      await repos.rounds.replace(v2, 1);
      expect(await repos.rounds.get('o1')).toEqual(v2);
      expect(await codeOf(repos.rounds.replace({ ...v2, name: { zh: '旧' }, version: 2 }, 1))).toBe('version-conflict');
      expect(await repos.rounds.get('o1')).toEqual(v2);
      expect(await codeOf(repos.rounds.replace(round('missing', 2025, { version: 2 }), 1))).toBe('version-conflict');
      expect(await repos.rounds.get('missing')).toBeUndefined();
    });

    it('parallel replaces on one version leave exactly one winner', async () => {
      const { repos } = await open();
      await repos.submissions.create(submission('o1', 'a', 'self'));
      const writes = [1, 2, 3, 4, 5].map((n) => repos.submissions.replace(submission('o1', 'a', 'self', { answers: { beds: n }, version: 2 }), 1));
      const outcomes = await Promise.allSettled(writes);
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      expect(outcomes.filter((o) => o.status === 'rejected').map((o) => (o as PromiseRejectedResult).reason.code)).toEqual(['version-conflict', 'version-conflict', 'version-conflict', 'version-conflict']);
      const stored = (await repos.submissions.get('o1.a.self'))!;
      expect(stored.version).toBe(2);
    });

    it('a submission replace limited to some statuses refuses another stored status (version-conflict, nothing written); peek gives what was last written, at that version only', async () => {
      const { repos } = await open();
      const draft = submission('o1', 'a', 'self');
      await repos.submissions.create(draft);
      const submitted = { ...draft, status: 'submitted' as const, version: 2 };
      await repos.submissions.replace(submitted, 1, ['draft', 'returned']);
      expect(repos.submissions.peek?.('o1.a.self', 2)).toEqual(submitted);
      expect(repos.submissions.peek?.('o1.a.self', 1)).toBeUndefined();
      // The right version, but no longer an editable status.
      expect(await codeOf(repos.submissions.replace({ ...submitted, answers: { beds: 1 }, version: 3 }, 2, ['draft', 'returned']))).toBe('version-conflict');
      expect(await repos.submissions.get('o1.a.self')).toEqual(submitted);
    });

    it('an item over 400 KB is payload-too-large and nothing is stored', async () => {
      const { repos } = await open();
      // ASCII: dynalite counts a string's UTF-16 units where DynamoDB counts UTF-8 bytes (the
      // in-memory store does as DynamoDB), so only text of one byte per character compares.
      const huge = region('big', { name: { zh: 'x'.repeat(410 * 1024) } });
      expect(await codeOf(repos.regions.create(huge))).toBe('payload-too-large');
      expect(await repos.regions.get('big')).toBeUndefined();
      await repos.regions.create(region('big'));
      expect(await codeOf(repos.regions.replace({ ...huge, version: 2 }, 1))).toBe('payload-too-large');
      expect((await repos.regions.get('big'))?.version).toBe(1);
    });

    it('an id longer than any key can be is simply not found', async () => {
      const { repos } = await open();
      const long = 'x'.repeat(3000);
      expect(await repos.regions.get(long)).toBeUndefined();
      expect(await repos.submissions.get(long)).toBeUndefined();
      expect(await repos.checklists.get(long, 1)).toBeUndefined();
      expect(await repos.submissions.listByRound(long)).toEqual([]);
    });
  });

  describe('lists', () => {
    it('regions and institutions by id; institutions of a region follow a move to another region', async () => {
      const { repos } = await open();
      for (const id of ['b', 'a', 'c']) await repos.regions.create(region(id));
      expect((await repos.regions.list()).map((r) => r.id)).toEqual(['a', 'b', 'c']);
      for (const [id, regionId] of [['i3', 'a'], ['i1', 'b'], ['i2', 'a']] as const) await repos.institutions.create(institution(id, regionId));
      expect((await repos.institutions.list()).map((i) => i.id)).toEqual(['i1', 'i2', 'i3']);
      expect((await repos.institutions.listByRegion('a')).map((i) => i.id)).toEqual(['i2', 'i3']);
      await repos.institutions.replace(institution('i1', 'a', { version: 2 }), 1);
      expect((await repos.institutions.listByRegion('a')).map((i) => i.id)).toEqual(['i1', 'i2', 'i3']);
      expect(await repos.institutions.listByRegion('b')).toEqual([]);
    });

    it('rounds newest year first (then id, descending)', async () => {
      const { repos } = await open();
      for (const [id, year] of [['x', 2024], ['a', 2025], ['b', 2025], ['z', 2023]] as const) await repos.rounds.create(round(id, year));
      expect((await repos.rounds.list()).map((r) => `${r.year}/${r.id}`)).toEqual(['2025/b', '2025/a', '2024/x', '2023/z']);
    });

    it('checklist versions newest first and every version by id then version, as summaries without definition or audit', async () => {
      const { repos } = await open();
      for (const [id, v] of [['b', 1], ['a', 2], ['a', 10], ['a', 1]] as const) await repos.checklists.publish(checklist(id, v));
      const versions = await repos.checklists.listVersions('a');
      expect(versions.map((s) => s.version)).toEqual([10, 2, 1]);
      expect(versions[0]).toEqual({ id: 'a', version: 10, status: 'published', title: { zh: '清单a' }, publishedAt: '2025-03-01T08:00:00.000Z', publishedBy: 'admin', itemVersion: 1 });
      expect((await repos.checklists.listAll()).map((s) => `${s.id}@${s.version}`)).toEqual(['a@1', 'a@2', 'a@10', 'b@1']);
      expect(await repos.checklists.get('a', 10)).toEqual(checklist('a', 10));
      expect(await repos.checklists.listVersions('none')).toEqual([]);
    });

    it('a checklist version is published once; retiring is conditional on its item version', async () => {
      const { repos } = await open();
      await repos.checklists.publish(checklist('a', 1));
      expect(await codeOf(repos.checklists.publish(checklist('a', 1, { title: { zh: '改' } })))).toBe('already-exists');
      const retired = checklist('a', 1, { status: 'retired', itemVersion: 2 });
      expect(await codeOf(repos.checklists.replace(retired, 2))).toBe('version-conflict');
      await repos.checklists.replace(retired, 1);
      expect(await repos.checklists.get('a', 1)).toEqual(retired);
      expect((await repos.checklists.listAll()).map((s) => s.status)).toEqual(['retired']);
      expect(await codeOf(repos.checklists.replace(checklist('a', 2, { itemVersion: 2 }), 1))).toBe('version-conflict');
    });

    it('standard scales: published once, listed by id then version', async () => {
      const { repos } = await open();
      for (const [id, v] of [['emr', 2], ['base', 1], ['emr', 1]] as const) await repos.scales.publish(scale(id, v));
      expect(await codeOf(repos.scales.publish(scale('emr', 1)))).toBe('already-exists');
      expect((await repos.scales.listAll()).map((s) => `${s.id}@${s.version}`)).toEqual(['base@1', 'emr@1', 'emr@2']);
      expect(await repos.scales.get('emr', 2)).toEqual(scale('emr', 2));
      expect(await repos.scales.get('emr', 3)).toBeUndefined();
    });

    it('submissions of a round by institution and kind; of an institution newest first', async () => {
      const { repos } = await open();
      await repos.submissions.create(submission('o1', 'b', 'self', { createdAt: '2025-03-02T00:00:00.000Z' }));
      await repos.submissions.create(submission('o1', 'a', 'self', { createdAt: '2025-03-01T00:00:00.000Z' }));
      await repos.submissions.create(submission('o1', 'a', 'expert', { createdAt: '2025-03-03T00:00:00.000Z' }));
      await repos.submissions.create(submission('o2', 'a', 'self', { createdAt: '2025-01-01T00:00:00.000Z' }));
      expect(await codeOf(repos.submissions.create(submission('o1', 'a', 'self')))).toBe('already-exists');
      expect((await repos.submissions.listByRound('o1')).map((s) => s.id)).toEqual(['o1.a.expert', 'o1.a.self', 'o1.b.self']);
      expect((await repos.submissions.listByInstitution('a')).map((s) => s.id)).toEqual(['o1.a.expert', 'o1.a.self', 'o2.a.self']);
      expect(await repos.submissions.listByRound('o3')).toEqual([]);
    });

    it("a round's digests: its submissions without answers, scores criterion by criterion, kept in step with every write", async () => {
      const { repos } = await open();
      const score = {
        revision: 1, checklistVersion: 1, engineVersion: '1.0.0', total: 66.7, band: { id: 'b', label: { zh: '基本', en: 'Basic' } }, vetoHits: ['v'],
        criteria: [{ id: 'beds', status: 'met', points: 2, maxPoints: 2 }, { id: 'icu', status: 'not-met', points: 0, maxPoints: 1 }], scoredAt: '2025-03-02T00:00:00.000Z', resultKey: '000001#1#1.0.0',
      };
      await repos.submissions.create(submission('o1', 'b', 'self'));
      await repos.submissions.create(submission('o1', 'a', 'self', { status: 'scored', revision: 1, submittedAt: '2025-03-01T00:00:00.000Z', score }));
      await repos.submissions.create(submission('o2', 'a', 'self'));
      const digests = await repos.submissions.listDigestsByRound('o1');
      expect(digests).toEqual((await repos.submissions.listByRound('o1')).map(digestOf));
      expect(digests[0]).toMatchObject({ id: 'o1.a.self', status: 'scored', score });
      expect(digests[0]).not.toHaveProperty('answers');
      await repos.submissions.replace({ ...submission('o1', 'b', 'self'), status: 'submitted', version: 2 }, 1);
      expect((await repos.submissions.listDigestsByRound('o1')).map((d) => d.status)).toEqual(['scored', 'submitted']);
      expect(await repos.submissions.listDigestsByRound('o3')).toEqual([]);
    });

    it("a region's own submissions: listed by region newest first, apart from its institutions and their submissions", async () => {
      const { repos } = await open();
      const ofRegion = (roundId: string, regionId: string, createdAt: string) => {
        const { institutionId: _none, ...rest } = submission(roundId, regionId, 'self', { createdAt });
        return { ...rest, regionId };
      };
      await repos.regions.create(region('r1'));
      await repos.institutions.create(institution('a', 'r1'));
      await repos.submissions.create(submission('o1', 'a', 'self'));
      await repos.submissions.create(ofRegion('o1', 'r1', '2025-03-01T00:00:00.000Z'));
      await repos.submissions.create(ofRegion('o2', 'r1', '2025-04-01T00:00:00.000Z'));
      await repos.submissions.create(ofRegion('o2', 'r2', '2025-04-01T00:00:00.000Z'));
      expect((await repos.submissions.listByRegion('r1')).map((s) => s.id)).toEqual(['o2.r1.self', 'o1.r1.self']);
      expect(await repos.submissions.get('o1.r1.self')).toEqual(ofRegion('o1', 'r1', '2025-03-01T00:00:00.000Z'));
      expect((await repos.institutions.listByRegion('r1')).map((i) => i.id)).toEqual(['a']);
      expect(await repos.submissions.listByInstitution('r1')).toEqual([]);
      expect((await repos.submissions.listByRound('o1')).map((s) => s.id)).toEqual(['o1.a.self', 'o1.r1.self']);
    });

    it('submissions waiting for a score: submitted at or before the cutoff, oldest first, gone once scored', async () => {
      const { repos } = await open();
      const submitted = (inst: string, submittedAt: string) => submission('o1', inst, 'self', { status: 'submitted', revision: 1, submittedAt });
      await repos.submissions.create(submitted('c', '2025-03-01T10:00:00.000Z'));
      await repos.submissions.create(submitted('a', '2025-03-01T09:00:00.000Z'));
      await repos.submissions.create(submitted('b', '2025-03-01T11:00:00.000Z'));
      await repos.submissions.create(submission('o1', 'd', 'self'));
      expect((await repos.submissions.listSubmittedBefore('2025-03-01T10:00:00.000Z')).map((s) => s.institutionId)).toEqual(['a', 'c']);
      await repos.submissions.replace({ ...submitted('a', '2025-03-01T09:00:00.000Z'), status: 'scored', version: 2 }, 1);
      expect((await repos.submissions.listSubmittedBefore('2025-12-31T00:00:00.000Z')).map((s) => s.institutionId)).toEqual(['c', 'b']);
    });
  });

  describe('write-once stores', () => {
    it('a score result is written once: the second write with its key writes nothing', async () => {
      const { repos } = await open();
      const result = (total: number) => ({ total, criteria: [] }) as unknown as ScoreResult;
      expect(await repos.results.putIfAbsent('o1.a.self', '000001#1#1.0.0', result(80))).toBe(true);
      expect(await repos.results.putIfAbsent('o1.a.self', '000001#1#1.0.0', result(10))).toBe(false);
      expect(await repos.results.putIfAbsent('o1.b.self', '000001#1#1.0.0', result(10))).toBe(true);
      expect(await repos.results.get('o1.a.self', '000001#1#1.0.0')).toEqual(result(80));
      expect(await repos.results.get('o1.a.self', '000002#1#1.0.0')).toBeUndefined();
    });

    it('login attempt counters: created at version 0, then conditional on the stored version', async () => {
      const { logins } = await open();
      const attempts = (failures: number, version: number) => ({ account: '张三', failures, lastAttemptAt: '2025-03-01T08:00:00.000Z', expiresAt: '2025-03-01T09:00:00.000Z', version });
      expect(await logins.get('张三')).toBeUndefined();
      expect(await logins.put(attempts(1, 1), 0)).toBe(true);
      expect(await logins.put(attempts(9, 1), 0)).toBe(false);
      expect(await logins.put(attempts(2, 2), 0)).toBe(false);
      expect(await logins.put(attempts(2, 2), 1)).toBe(true);
      expect(await logins.put(attempts(3, 3), 1)).toBe(false);
      expect(await logins.get('张三')).toEqual(attempts(2, 2));
    });
  });
}
