import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Issue } from '../../functions/domain/errors.js';
import type { Submission } from '../../functions/domain/model/submission.js';
import type { Principal } from '../../functions/domain/ports/token-verifier.js';
import type { RoundResults } from '../../functions/domain/services/round-results.js';
import { MINI_PATH, startHarness, type Harness, type Reply } from './harness.js';

/**
 * A region round end to end on dynalite: the administrator publishes a region checklist and opens
 * a round of two counties with a deadline; each county's commission fills and submits its own
 * evaluation, which is scored; the results and the export compare the counties; a commission
 * elsewhere sees nothing (404), a sibling county not the other's submission.
 */
describe('region rounds (HTTP, dynalite)', () => {
  let h: Harness;
  const tokens: Record<string, string> = {};
  const commission = (regionId: string): Principal => ({ sub: `u-${regionId}`, username: `wjw-${regionId}`, role: 'commission', regionId });

  /** Calls the API as a commission account (the harness's accounts are the original roles). */
  async function as<T = Submission>(regionId: string, method: string, path: string, body?: unknown): Promise<Omit<Reply, 'body'> & { body: T }> {
    const headers: Record<string, string> = { authorization: `Bearer ${tokens[regionId]}` };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await h.local.app.request(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await res.text();
    const json = (res.headers.get('content-type') ?? '').includes('json');
    return { status: res.status, body: (json ? JSON.parse(text) : undefined) as T, text, headers: res.headers };
  }

  beforeAll(async () => {
    h = await startHarness();
    const mini = JSON.parse(await readFile(MINI_PATH, 'utf8'));
    const regionChecklist = { ...mini, id: 'it-region', subject: 'region', context: [{ id: 'population', label: { zh: '常住人口' }, kind: 'number', required: true }] };
    expect((await h.api('POST', '/api/checklists', { as: 'admin', body: regionChecklist })).status).toBe(201);
    const regions = [
      { id: 'city', name: { zh: '某市', en: 'City' }, level: 'city' },
      { id: 'east', name: { zh: '东县', en: 'East County' }, level: 'county', parentId: 'city', context: { population: 50 } },
      { id: 'west', name: { zh: '西县' }, level: 'county', parentId: 'city', context: { population: 20 } },
      { id: 'far', name: { zh: '远县' }, level: 'county' },
    ];
    for (const r of regions) expect((await h.api('POST', '/api/regions', { as: 'admin', body: r })).status).toBe(201);
    for (const id of ['city', 'east', 'west', 'far']) tokens[id] = await h.local.tokens.issue(commission(id));
  }, 60_000);
  afterAll(() => h?.close());

  const round = (o: Record<string, unknown> = {}) => ({
    id: 'rr', name: { zh: '县域评估' }, checklistId: 'it-region', checklistVersion: 1, type: 'annual', year: 2025,
    institutionIds: [], regionIds: ['east', 'west'], expertIds: ['expert'], deadline: '2099-12-31', ...o,
  });

  it('the checklist says its subject; a region round refuses institutions, unknown regions and impossible dates, each with its code', async () => {
    expect((await h.api('GET', '/api/checklists/it-region', { as: 'admin' })).body).toMatchObject({ subject: 'region' });
    const list = (await h.api('GET', '/api/checklists', { as: 'admin' })).body as { items: { id: string; subject: string }[] };
    expect(list.items.map((c) => [c.id, c.subject])).toEqual([['it-mini', 'institution'], ['it-region', 'region']]);

    const bad = await h.api('POST', '/api/rounds', { as: 'admin', body: round({ institutionIds: ['inst-a'], regionIds: ['east', 'nowhere'] }) });
    expect(bad.status).toBe(400);
    const error = (bad.body as { error: { code: string; details: { issues: Issue[] } } }).error;
    expect(error.code).toBe('invalid-reference');
    expect(error.details.issues.map((i) => [i.path, i.code])).toEqual([['/institutionIds', 'wrong-participant'], ['/regionIds/1', 'unknown-region']]);
    const date = await h.api('POST', '/api/rounds', { as: 'admin', body: round({ deadline: '2025-02-30' }) });
    expect(date.status).toBe(400);
    expect(date.text).toContain('deadline');
    const created = await h.api('POST', '/api/rounds', { as: 'admin', body: round() });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ regionIds: ['east', 'west'], deadline: '2099-12-31' });
  });

  it("each county's commission fills and submits its own evaluation with its region's context, and it is scored", async () => {
    for (const [regionId, beds] of [['east', 12], ['west', 3]] as const) {
      const draft = await as(regionId, 'POST', '/api/submissions', { roundId: 'rr', kind: 'self' });
      expect(draft.status).toBe(201);
      expect(draft.body).toMatchObject({ id: `rr.${regionId}.self`, regionId, context: { population: regionId === 'east' ? 50 : 20, year: 2025 } });
      const saved = await as(regionId, 'PUT', `/api/submissions/${draft.body.id}`, { version: draft.body.version, answers: { beds, hasIcu: true } });
      expect(saved.status).toBe(200);
      expect((await as(regionId, 'POST', `/api/submissions/${draft.body.id}/submit`, { version: saved.body.version })).status).toBe(202);
    }
    await h.local.queue.idle();
    const east = await as('east', 'GET', '/api/submissions/rr.east.self');
    expect(east.body).toMatchObject({ status: 'scored', score: { total: 100, band: { id: 'pass' } } });
    expect((await as<{ items: Submission[] }>('east', 'GET', '/api/submissions')).body.items.map((s) => s.id)).toEqual(['rr.east.self']);
  });

  it("another commission gets 404 for a county's submission and for the round; a sibling county cannot start or read the other's", async () => {
    expect((await as('far', 'GET', '/api/submissions/rr.east.self')).status).toBe(404);
    expect((await as('far', 'GET', '/api/rounds/rr')).status).toBe(404);
    expect((await as('far', 'GET', '/api/rounds/rr/results')).status).toBe(404);
    expect((await as('west', 'GET', '/api/submissions/rr.east.self')).status).toBe(404);
    expect((await as('west', 'POST', '/api/submissions', { roundId: 'rr', regionId: 'east', kind: 'self' })).status).toBe(403);
    expect((await h.api('GET', '/api/submissions/rr.east.self', { as: 'insta' })).status).toBe(404);
    // The city above both reads them once submitted, but does not author them.
    expect((await as('city', 'GET', '/api/submissions/rr.east.self')).status).toBe(200);
    expect((await as('city', 'PUT', '/api/submissions/rr.east.self', { version: 1 })).status).toBe(403);
  });

  it('results and the export compare the counties by name; a county sees its own row only', async () => {
    const results = (await h.api('GET', '/api/rounds/rr/results', { as: 'admin' })).body as RoundResults;
    expect(results.participants).toBe('region');
    expect(results.regions.map((r) => [r.regionId, r.name.zh, r.parent?.name.zh, r.self?.total])).toEqual([['east', '东县', '某市', 100], ['west', '西县', '某市', 33.3]]);
    expect((await as<RoundResults>('city', 'GET', '/api/rounds/rr/results')).body.regions.map((r) => r.regionId)).toEqual(['east', 'west']);
    expect((await as<RoundResults>('west', 'GET', '/api/rounds/rr/results')).body.regions.map((r) => r.regionId)).toEqual(['west']);
    expect((await as('west', 'GET', '/api/rounds/rr')).body).toMatchObject({ deadline: '2099-12-31', regionIds: ['west'] });

    const csv = await h.api('GET', '/api/rounds/rr/results/export?format=csv', { as: 'admin' });
    expect(csv.status).toBe(200);
    expect(csv.text).toContain('# 地区');
    expect(csv.text).toMatch(/east,东县,某市,已评分,100/);
    expect(csv.text).toMatch(/west,西县,某市,已评分,33\.3/);
    const mine = await as('west', 'GET', '/api/rounds/rr/results/export?format=csv');
    expect(mine.text).not.toContain('东县');
  });

  it('an institution round is grouped by region: a regionId per row and a per-region summary', async () => {
    const results = (await h.api('GET', '/api/rounds/r1/results', { as: 'admin' })).body as RoundResults;
    expect(results.participants).toBe('institution');
    expect(results.institutions.map((i) => i.regionId)).toEqual(['reg', 'reg']);
    expect(results.byRegion).toEqual([{ regionId: 'reg', name: { zh: '测试市' }, count: 2, self: { scored: 0, meanTotal: null, bands: {} }, expert: { scored: 0, meanTotal: null, bands: {} } }]);
  });
});
