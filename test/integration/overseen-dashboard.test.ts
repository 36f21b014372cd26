import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../functions/domain/ports/token-verifier.js';
import type { CompactRoundDashboard } from '../../functions/domain/services/dashboard/compact-dashboard.js';
import { startHarness, type Harness, type Reply } from './harness.js';

/**
 * A commission reads the dashboard of a round it oversees, read-only and narrowed on the server to
 * the institutions of its region and the regions under it: another region's institution is not in
 * the reply, the export or the tag, and its result is 404. A draft stays its author's. Admins and
 * experts read the whole round as before; institutions are still refused.
 *
 * Directory: 测试市 `reg` (harness: inst-a, inst-b, inst-c) › 下辖县 `sub` (inst-sub); 远市 `far`
 * (inst-far); 空县 `empty` (no institution). Round `ov`: inst-a, inst-sub, inst-far.
 */
let h: Harness;
const tokens: Record<string, string> = {};
/** Every DynamoDB command sent through the harness's client while `counting` is on. */
const sent: string[] = [];
let counting = false;

async function as(who: string, method: string, path: string, opts: { body?: unknown; headers?: Record<string, string> } = {}): Promise<Reply> {
  const headers: Record<string, string> = { authorization: `Bearer ${tokens[who]}`, ...opts.headers };
  if (opts.body !== undefined) headers['content-type'] = 'application/json';
  const res = await h.local.app.request(path, { method, headers, body: opts.body === undefined ? undefined : JSON.stringify(opts.body) });
  const spreadsheet = (res.headers.get('content-type') ?? '').includes('spreadsheet');
  const text = spreadsheet ? '' : await res.clone().text();
  let body: unknown = res;
  if (!spreadsheet && text) body = JSON.parse(text);
  return { status: res.status, body, text, headers: res.headers };
}

const dashboard = async (who: string) => {
  const res = await as(who, 'GET', '/api/rounds/ov/dashboard');
  expect(res.status).toBe(200);
  return res.body as CompactRoundDashboard;
};

/** Fills and submits a self-evaluation of `institutionId` as its own account; `submit: false` leaves a draft. */
async function selfEvaluation(who: string, beds: number, submit = true) {
  const draft = await as(who, 'POST', '/api/submissions', { body: { roundId: 'ov', kind: 'self' } });
  expect(draft.status).toBe(201);
  const saved = await as(who, 'PUT', `/api/submissions/${draft.body.id}`, { body: { version: draft.body.version, answers: { beds, hasIcu: true } } });
  expect(saved.status).toBe(200);
  if (submit) expect((await as(who, 'POST', `/api/submissions/${draft.body.id}/submit`, { body: { version: saved.body.version } })).status).toBe(202);
}

beforeAll(async () => {
  h = await startHarness();
  h.client.middlewareStack.add(
    (next, context) => (args) => {
      if (counting) sent.push((context as { commandName?: string }).commandName ?? 'unknown');
      return next(args);
    },
    { step: 'initialize', name: 'overseenCallCounter' },
  );
  const admin = h.tokens.admin;
  const post = async (path: string, body: unknown) => {
    const res = await h.local.app.request(path, { method: 'POST', headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect(res.status).toBe(201);
  };
  await post('/api/regions', { id: 'sub', name: { zh: '下辖县' }, level: 'county', parentId: 'reg' });
  await post('/api/regions', { id: 'far', name: { zh: '远市' }, level: 'city' });
  await post('/api/regions', { id: 'empty', name: { zh: '空县' }, level: 'county' });
  await post('/api/institutions', { id: 'inst-sub', name: { zh: '县医院' }, regionId: 'sub', context: { institutionType: 'general' } });
  await post('/api/institutions', { id: 'inst-far', name: { zh: '远方医院' }, regionId: 'far', context: { institutionType: 'tcm' } });
  await post('/api/rounds', { id: 'ov', name: { zh: '监督轮次' }, checklistId: 'it-mini', checklistVersion: 1, type: 'annual', year: 2025, institutionIds: ['inst-a', 'inst-sub', 'inst-far'], expertIds: ['expert'] });

  const principals: Record<string, Principal> = {
    'comm-reg': { sub: 'u-comm-reg', username: 'comm-reg', role: 'commission', regionId: 'reg' },
    'comm-sub': { sub: 'u-comm-sub', username: 'comm-sub', role: 'commission', regionId: 'sub' },
    'comm-far': { sub: 'u-comm-far', username: 'comm-far', role: 'commission', regionId: 'far' },
    'comm-empty': { sub: 'u-comm-empty', username: 'comm-empty', role: 'commission', regionId: 'empty' },
    'inst-a': { sub: 'u-inst-a', username: 'insta', role: 'institution', institutionId: 'inst-a' },
    'inst-sub': { sub: 'u-inst-sub', username: 'instsub', role: 'institution', institutionId: 'inst-sub' },
    'inst-far': { sub: 'u-inst-far', username: 'instfar', role: 'institution', institutionId: 'inst-far' },
  };
  for (const [who, p] of Object.entries(principals)) tokens[who] = await h.local.tokens.issue(p);
  for (const who of ['admin', 'expert', 'expert2', 'instb'] as const) tokens[who] = h.tokens[who];

  // inst-a (reg) and inst-far (far) are scored; inst-sub (sub) has a draft only.
  await selfEvaluation('inst-a', 20);
  await selfEvaluation('inst-far', 5);
  await selfEvaluation('inst-sub', 12, false);
  await h.local.queue.idle();
}, 60_000);
afterAll(() => h?.close());

describe("a commission's read-only dashboard of a round it oversees", () => {
  it('lists the institutions of its region and the regions under it, and nothing of another region', async () => {
    const mine = await dashboard('comm-reg');
    expect(mine.institutions.id).toEqual(['inst-a', 'inst-sub']);
    expect(mine.regions.map((r) => r.name.zh).sort()).toEqual(['下辖县', '测试市']);
    expect(mine.self.submissionId).toEqual(['ov.inst-a.self']);
    expect(mine.self.total[0]).toBeCloseTo(100, 1);
    expect(JSON.stringify(mine)).not.toContain('inst-far');
    expect(JSON.stringify(mine)).not.toContain('远方医院');

    // A county sees its own institution only; the other city only its own.
    expect((await dashboard('comm-sub')).institutions.id).toEqual(['inst-sub']);
    const far = await dashboard('comm-far');
    expect(far.institutions.id).toEqual(['inst-far']);
    expect(far.self.total[0]).toBeCloseTo(33.3, 1);
  });

  it("shows an institution's draft as not started to the commission, while the admin sees the draft", async () => {
    const mine = await dashboard('comm-reg');
    expect(mine.stages[mine.institutions.selfStage[1]!]).toBe('not-started');
    const all = await dashboard('admin');
    expect(all.institutions.id).toEqual(['inst-a', 'inst-sub', 'inst-far']);
    expect(all.stages[all.institutions.selfStage[1]!]).toBe('draft');
    expect(all.self.submissionId).toEqual(['ov.inst-a.self', 'ov.inst-far.self']);
  });

  it("opens the results it lists; another region's submission is 404, as one that does not exist", async () => {
    expect((await as('comm-reg', 'GET', '/api/submissions/ov.inst-a.self/result')).status).toBe(200);
    expect((await as('comm-reg', 'GET', '/api/submissions/ov.inst-far.self/result')).status).toBe(404);
    expect((await as('comm-reg', 'GET', '/api/submissions/ov.inst-far.self')).status).toBe(404);
    expect((await as('comm-reg', 'GET', '/api/submissions/ov.nowhere.self/result')).status).toBe(404);
    expect((await as('comm-far', 'GET', '/api/submissions/ov.inst-a.self/result')).status).toBe(404);
    // The draft is its author's.
    expect((await as('comm-reg', 'GET', '/api/submissions/ov.inst-sub.self')).status).toBe(404);
  });

  it('is 404 for a round without an institution of its region, and for a round that does not exist', async () => {
    expect((await as('comm-empty', 'GET', '/api/rounds/ov/dashboard')).status).toBe(404);
    expect((await as('comm-empty', 'GET', '/api/rounds/ov/dashboard/export')).status).toBe(404);
    // Round r1 (harness): inst-a and inst-b, both in reg; far has none of them.
    expect((await as('comm-far', 'GET', '/api/rounds/r1/dashboard')).status).toBe(404);
    expect((await as('comm-reg', 'GET', '/api/rounds/nope/dashboard')).status).toBe(404);
  });

  it('exports only its institutions, and the region filter cannot reach another region', async () => {
    const res = await as('comm-reg', 'GET', '/api/rounds/ov/dashboard/export');
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await (res.body as Response).arrayBuffer());
    const ranking = wb.getWorksheet('排名')!;
    const ids = ranking.getSheetValues().slice(2).map((row) => (Array.isArray(row) ? row[2] : undefined));
    expect(ids).toEqual(['inst-a', 'inst-sub']);
    const everything = JSON.stringify(wb.worksheets.map((ws) => ws.getSheetValues()));
    expect(everything).not.toContain('inst-far');
    expect(everything).not.toContain('远方医院');

    const filtered = await as('comm-reg', 'GET', '/api/rounds/ov/dashboard/export?regionId=far');
    const none = new ExcelJS.Workbook();
    await none.xlsx.load(await (filtered.body as Response).arrayBuffer());
    expect(none.getWorksheet('排名')!.rowCount).toBe(1);
  });

  it("tags its reply apart from the whole round's: the admin's tag is answered in full, its own with a 304", async () => {
    const admin = (await as('admin', 'GET', '/api/rounds/ov/dashboard')).headers.get('etag')!;
    const mine = await as('comm-reg', 'GET', '/api/rounds/ov/dashboard', { headers: { 'if-none-match': admin } });
    expect(mine.status).toBe(200);
    const tag = mine.headers.get('etag')!;
    expect(tag).not.toBe(admin);
    expect((await as('comm-reg', 'GET', '/api/rounds/ov/dashboard', { headers: { 'if-none-match': tag } })).status).toBe(304);
    // Another commission holding this tag does not get its 304.
    expect((await as('comm-sub', 'GET', '/api/rounds/ov/dashboard', { headers: { 'if-none-match': tag } })).status).toBe(200);
  });

  it('reads no more from DynamoDB than the whole round does for an admin, and scans nothing', async () => {
    const count = async (who: string) => {
      await as(who, 'GET', '/api/rounds/ov/dashboard');
      sent.length = 0;
      counting = true;
      try {
        expect((await as(who, 'GET', '/api/rounds/ov/dashboard')).status).toBe(200);
      } finally {
        counting = false;
      }
      return [...sent].sort();
    };
    const commission = await count('comm-reg');
    expect(commission).not.toContain('ScanCommand');
    expect(commission).toEqual(await count('admin'));
  });

  it('writes nothing: re-scoring, editing the round and returning a submission stay refused', async () => {
    const before = await h.snapshot();
    expect((await as('comm-reg', 'POST', '/api/rounds/ov/rescore', { body: {} })).status).toBe(403);
    expect((await as('comm-reg', 'PUT', '/api/rounds/ov', { body: { version: 1 } })).status).toBe(403);
    expect((await as('comm-reg', 'POST', '/api/submissions/ov.inst-a.self/return', { body: { version: 3, comment: '请补充' } })).status).toBe(403);
    expect(await h.snapshot()).toBe(before);
  });
});

describe("a commission's overview of the rounds it oversees (its home)", () => {
  type Overseen = { round: { id: string; status: string }; participants: string; institutions: { institutionId: string; self: { submissionId: string; status: string; total: number | null } | null }[] };
  const overview = async (who: string) => {
    const res = await as(who, 'GET', '/api/oversee/rounds');
    expect(res.status).toBe(200);
    return (res.body as { items: Overseen[] }).items;
  };

  it('answers every overseen round in one reply, each with the rows of its region only', async () => {
    const mine = await overview('comm-reg');
    expect(mine.map((r) => r.round.id)).toEqual(['ov', 'r1']);
    const ov = mine.find((r) => r.round.id === 'ov')!;
    expect(ov.participants).toBe('institution');
    expect(ov.institutions.map((r) => r.institutionId)).toEqual(['inst-a', 'inst-sub']);
    expect(ov.institutions[0]!.self).toMatchObject({ submissionId: 'ov.inst-a.self', status: 'scored' });
    expect(ov.institutions[0]!.self!.total).toBeCloseTo(100, 1);
    // The county's draft is its author's: not handed in, to the city.
    expect(ov.institutions[1]!.self).toBeNull();
    expect(JSON.stringify(mine)).not.toContain('inst-far');
    expect(JSON.stringify(mine)).not.toContain('远方医院');

    const far = await overview('comm-far');
    expect(far.map((r) => r.round.id)).toEqual(['ov']);
    expect(far[0]!.institutions.map((r) => r.institutionId)).toEqual(['inst-far']);
    // Overseeing nothing is an empty list, not an error.
    expect(await overview('comm-empty')).toEqual([]);
  });

  it('is the same rows the round results give the commission one round at a time', async () => {
    const one = await as('comm-reg', 'GET', '/api/rounds/ov/results');
    const all = await overview('comm-reg');
    expect(all.find((r) => r.round.id === 'ov')!.institutions).toEqual(one.body.institutions);
  });

  it('is refused to every other role, with the error as JSON', async () => {
    for (const who of ['admin', 'expert', 'inst-a']) {
      const res = await as(who, 'GET', '/api/oversee/rounds');
      expect(res.status).toBe(403);
      expect(res.body).toMatchObject({ error: { code: 'forbidden' } });
    }
  });
});

describe("a commission's views over time", () => {
  it('reads the history of an institution or region in its scope; another region\'s is 404', async () => {
    const a = await as('comm-reg', 'GET', '/api/institutions/inst-a/history');
    expect(a.status).toBe(200);
    expect(a.body.points).toEqual([expect.objectContaining({ roundId: 'ov', kind: 'self', total: 100 })]);
    // A draft is not a point; the county's institution is the city's to read.
    expect((await as('comm-reg', 'GET', '/api/institutions/inst-sub/history')).body.points).toEqual([]);
    expect((await as('comm-reg', 'GET', '/api/institutions/inst-far/history')).status).toBe(404);
    expect((await as('comm-sub', 'GET', '/api/institutions/inst-a/history')).status).toBe(404);
    expect((await as('comm-reg', 'GET', '/api/institutions/nope/history')).status).toBe(404);

    const sub = await as('comm-reg', 'GET', '/api/regions/sub/history');
    expect(sub.status).toBe(200);
    expect(sub.body.aggregates).toEqual([expect.objectContaining({ roundId: 'ov', kind: 'self', participants: 1, scored: 0 })]);
    // The city's history counts its county's institution beside its own (a draft: taking part, not scored).
    const city = await as('comm-reg', 'GET', '/api/regions/reg/history');
    expect(city.body.aggregates.find((a: { roundId: string }) => a.roundId === 'ov')).toMatchObject({ kind: 'self', participants: 2, scored: 1, meanTotal: 100 });
    expect((await as('comm-far', 'GET', '/api/regions/far/history')).body.aggregates).toEqual([expect.objectContaining({ roundId: 'ov', scored: 1, meanTotal: 33.3 })]);
    // A county does not read the city above it, nor a city another city.
    expect((await as('comm-sub', 'GET', '/api/regions/reg/history')).status).toBe(404);
    expect((await as('comm-reg', 'GET', '/api/regions/far/history')).status).toBe(404);
  });

  it('stays refused to institutions and experts', async () => {
    expect((await as('inst-a', 'GET', '/api/institutions/inst-a/history')).status).toBe(403);
    expect((await as('expert', 'GET', '/api/institutions/inst-a/history')).status).toBe(403);
    expect((await as('inst-a', 'GET', '/api/regions/reg/history')).status).toBe(403);
  });
});

describe('the dashboard for the other roles', () => {
  it('admins and the round\'s experts read the whole round; other experts and institutions are still refused', async () => {
    expect((await dashboard('expert')).institutions.id).toEqual(['inst-a', 'inst-sub', 'inst-far']);
    expect((await as('expert2', 'GET', '/api/rounds/ov/dashboard')).status).toBe(404);
    // An institution taking part sees the round but not the others in it; one outside does not see it.
    expect((await as('inst-a', 'GET', '/api/rounds/ov/dashboard')).status).toBe(403);
    expect((await as('instb', 'GET', '/api/rounds/ov/dashboard')).status).toBe(404);
    expect((await as('inst-a', 'GET', '/api/rounds/ov/dashboard/export')).status).toBe(403);
  });
});
