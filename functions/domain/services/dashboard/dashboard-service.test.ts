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
