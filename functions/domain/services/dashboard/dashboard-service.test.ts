import { describe, expect, it } from 'vitest';
import type { ChecklistDefinition } from '../../../checklist/definition-schema.js';
import type { EvaluationRound } from '../../model/round.js';
import type { Repositories } from '../../ports/repositories.js';
import type { Principal } from '../../ports/token-verifier.js';
import type { ServiceDeps } from '../service-deps.js';
import { createDashboardService } from './dashboard-service.js';

const round = { id: 'r', name: { zh: '轮次' }, year: 2025, type: 'annual', status: 'open', checklistId: 'c', checklistVersion: 1, institutionIds: ['a'], expertIds: [] } as unknown as EvaluationRound;
const definition = { title: { zh: '清单' }, sections: [], criteria: [], bands: [] } as unknown as ChecklistDefinition;
const admin = { sub: 'admin', role: 'admin' } as Principal;

/** Repositories whose list reads wait until released, recording the order of the reads. */
function slowLists() {
  const calls: string[] = [];
  let release = () => {};
  const held = new Promise<void>((r) => (release = r));
  const later = <T>(name: string, value: T) => async () => (calls.push(name), await held, value);
  const repos = {
    rounds: { get: async () => (calls.push('round'), round) },
    submissions: { listDigestsByRound: later('digests', []) },
    institutions: { list: later('institutions', [{ id: 'a', name: { zh: '甲医院' }, context: {} }]) },
    regions: { list: later('regions', []) },
    checklists: { get: async () => (calls.push('checklist'), { definition }) },
  } as unknown as Repositories;
  return { calls, release, deps: { repos } as ServiceDeps };
}

describe('the dashboard read', () => {
  it('reads the checklist beside the round\'s lists, not after them (one round trip less before the page has its data)', async () => {
    const { calls, release, deps } = slowLists();
    const pending = createDashboardService(deps).dashboard(admin, 'r');
    await new Promise((r) => setTimeout(r, 10));
    // The lists are still being read, and the checklist has been asked for already.
    expect(calls).toEqual(['round', 'digests', 'institutions', 'regions', 'checklist']);
    release();
    const d = await pending;
    expect(d.rows.map((r) => [r.institutionId, r.name.zh])).toEqual([['a', '甲医院']]);
  });

  it('is still 404 for a round whose checklist version is gone', async () => {
    const { release, deps } = slowLists();
    deps.repos.checklists.get = async () => undefined;
    release();
    await expect(createDashboardService(deps).dashboard(admin, 'r')).rejects.toMatchObject({ name: 'NotFoundError' });
  });
});

describe("a commission's dashboard read", () => {
  const mixed = { ...round, institutionIds: ['a', 'b', 'c'] } as EvaluationRound;
  const commission = (regionId: string) => ({ sub: `c-${regionId}`, role: 'commission', regionId }) as Principal;
  function directory() {
    const calls: string[] = [];
    const repos = {
      rounds: { get: async () => (calls.push('round'), mixed) },
      submissions: {
        listDigestsByRound: async () => (calls.push('digests'), [
          { id: 'r.a.self', institutionId: 'a', kind: 'self', status: 'submitted' },
          { id: 'r.b.self', institutionId: 'b', kind: 'self', status: 'draft' },
          { id: 'r.c.self', institutionId: 'c', kind: 'self', status: 'submitted' },
        ]),
      },
      institutions: {
        list: async () => (calls.push('institutions'), [
          { id: 'a', name: { zh: '甲' }, regionId: 'city', context: {} },
          { id: 'b', name: { zh: '乙' }, regionId: 'county', context: {} },
          { id: 'c', name: { zh: '丙' }, regionId: 'elsewhere', context: {} },
        ]),
        listByRegion: async () => (calls.push('institutions by region'), []),
      },
      regions: { list: async () => (calls.push('regions'), [{ id: 'city', name: { zh: '市' } }, { id: 'county', name: { zh: '县' }, parentId: 'city' }, { id: 'elsewhere', name: { zh: '外' } }]) },
      checklists: { get: async () => (calls.push('checklist'), { definition }) },
    } as unknown as Repositories;
    return { calls, service: createDashboardService({ repos } as ServiceDeps) };
  }

  it('keeps its region and the regions under it, shows a draft as not started, and reads the directory lists once, never region by region', async () => {
    const { calls, service } = directory();
    const d = await service.dashboard(commission('city'), 'r');
    expect(d.rows.map((r) => [r.institutionId, r.region?.id, r.selfStage])).toEqual([['a', 'city', 'submitted'], ['b', 'county', 'not-started']]);
    expect(calls.sort()).toEqual(['checklist', 'digests', 'institutions', 'regions', 'round']);
  });

  it('is 404 where none of its institutions takes part, and tags each scope apart', async () => {
    const { service } = directory();
    await expect(service.dashboard(commission('nowhere'), 'r')).rejects.toMatchObject({ name: 'NotFoundError' });
    const [city, county] = await Promise.all([service.taggedDashboard(commission('city'), 'r'), service.taggedDashboard(commission('county'), 'r')]);
    expect((await service.taggedDashboard(admin, 'r')).tag).not.toBe(city.tag);
    expect(county.tag).not.toBe(city.tag);
    expect(county.build().institutions.id).toEqual(['b']);
  });
});

describe("a region's history", () => {
  const at = { version: 1, createdAt: '', updatedAt: '', audit: [] };
  const digest = (institutionId: string, total: number) => ({
    id: `r.${institutionId}.self`, roundId: 'r', institutionId, kind: 'self', checklistId: 'c', checklistVersion: 1, status: 'scored', revision: 1, version: 3, updatedAt: '',
    score: { revision: 1, checklistVersion: 1, engineVersion: 'e', total, band: null, vetoHits: [], criteria: [{ id: 'beds', status: total > 50 ? 'met' : 'not-met', points: 0, maxPoints: 1 }], scoredAt: '', resultKey: 'k' },
  });
  const byRegion: Record<string, { id: string; regionId: string }[]> = { city: [{ id: 'a', regionId: 'city' }], county: [{ id: 'b', regionId: 'county' }], village: [{ id: 'c', regionId: 'village' }], elsewhere: [{ id: 'x', regionId: 'elsewhere' }] };
  const regions = [{ id: 'city', name: { zh: '市' }, level: 'city', ...at }, { id: 'county', name: { zh: '县' }, level: 'county', parentId: 'city', ...at }, { id: 'village', name: { zh: '乡' }, level: 'county', parentId: 'county', ...at }, { id: 'elsewhere', name: { zh: '外' }, level: 'county', ...at }];
  const repos = {
    regions: { get: async (id: string) => regions.find((r) => r.id === id), list: async () => regions },
    institutions: { listByRegion: async (id: string) => byRegion[id] ?? [] },
    submissions: { listByRegion: async () => [], listDigestsByRound: async () => [digest('a', 40), digest('b', 60), digest('c', 80), digest('x', 100)] },
    rounds: { list: async () => [{ ...round, institutionIds: ['a', 'b', 'c', 'x'] }] },
    checklists: { get: async () => ({ definition: { ...definition, criteria: [{ id: 'beds', title: { zh: '床位' } }] } }) },
  } as unknown as Repositories;

  it("counts the institutions of the regions under a city, and none of another region's", async () => {
    const service = createDashboardService({ repos } as ServiceDeps);
    const [city] = (await service.regionHistory(admin, 'city')).aggregates;
    expect(city).toMatchObject({ participants: 3, scored: 3, meanTotal: 60, criteria: { beds: { met: 2, judged: 3 } } });
    const [county] = (await service.regionHistory(admin, 'county')).aggregates;
    expect(county).toMatchObject({ participants: 2, meanTotal: 70 });
  });
});
