import { describe, expect, it } from 'vitest';
import { createInMemoryServiceDeps } from '../../adapters/local/in-memory-service-deps.js';
import type { DomainError } from '../errors.js';
import { CAST } from './fixtures/mini-round.js';
import { COMMISSIONS, seedMiniRegionRound } from './fixtures/mini-region-round.js';
import { createRoundResultsService } from './round-results-service.js';
import { createRoundService } from './round-service.js';

const { admin } = CAST;
const { east, city, far } = COMMISSIONS;

async function setup() {
  const deps = createInMemoryServiceDeps();
  await seedMiniRegionRound(deps);
  return { deps, rounds: createRoundService(deps), results: createRoundResultsService(deps) };
}

describe("a commission's overview of the rounds it oversees", () => {
  it('a region round: the city sees its counties; a county, only itself there, does not get the round as overseen', async () => {
    const { results } = await setup();
    const mine = await results.overseen(city);
    expect(mine.map((r) => r.round.id)).toEqual(['rr']);
    expect(mine[0]!.participants).toBe('region');
    expect(mine[0]!.regions.map((r) => r.regionId)).toEqual(['east', 'west']);
    // East takes part in rr itself: its home lists that as its own evaluation, not as overseen.
    expect(await results.overseen(east)).toEqual([]);
    expect(await results.overseen(far)).toEqual([]);
  });

  it('open rounds first, then the newest year; a closed one stays listed, last', async () => {
    const { rounds, results } = await setup();
    const round = (id: string, year: number) => ({ id, name: { zh: id }, checklistId: 'mini-region', checklistVersion: 1, type: 'annual' as const, year, institutionIds: [], regionIds: ['west'], expertIds: [] });
    await rounds.create(admin, round('older', 2024));
    await rounds.create(admin, round('newer', 2026));
    const closed = await rounds.create(admin, round('closed', 2027));
    const { id: _i, version, createdAt: _c, updatedAt: _u, audit: _a, ...fields } = closed;
    await rounds.update(admin, 'closed', version, { ...fields, status: 'closed' });
    expect((await results.overseen(city)).map((r) => r.round.id)).toEqual(['newer', 'rr', 'older', 'closed']);
  });

  it('is for commissions only', async () => {
    const { results } = await setup();
    await expect(results.overseen(admin).catch((e: DomainError) => e.code)).resolves.toBe('forbidden');
  });
});
