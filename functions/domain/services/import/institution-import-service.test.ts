import { describe, expect, it } from 'vitest';
import { createInMemoryServiceDeps } from '../../../adapters/local/in-memory-service-deps.js';
import type { DomainError } from '../../errors.js';
import { CAST, seedMiniRound } from '../fixtures/mini-round.js';
import { createInstitutionImportService } from './institution-import-service.js';
import type { SheetRow } from './institution-rows.js';

const rows = (n: number, regionId: string): SheetRow[] =>
  Array.from({ length: n }, (_, i) => ({ row: i + 2, cells: { id: `batch-${i}`, name: `医院${i}`, regionId, institutionType: 'general' } }));

describe('institution import', () => {
  it('a write failing midway is a 503 import-incomplete saying how many were written; the same rows again complete it', async () => {
    const deps = createInMemoryServiceDeps();
    await seedMiniRound(deps);
    const regionId = (await deps.repos.regions.list())[0]!.id;
    const service = createInstitutionImportService(deps);
    const create = deps.repos.institutions.create.bind(deps.repos.institutions);
    let writes = 0;
    deps.repos.institutions.create = async (item) => {
      if (++writes === 40) throw new Error('throttled');
      return create(item);
    };
    const failure = (await service.importInstitutions(CAST.admin, rows(60, regionId)).catch((e: DomainError) => e)) as DomainError;
    expect(failure.code).toBe('import-incomplete');
    const { created, remaining } = failure.details as { created: number; remaining: number };
    expect(created + remaining).toBe(60);
    expect(created).toBeGreaterThanOrEqual(25);
    expect((await deps.repos.institutions.list()).filter((i) => i.id.startsWith('batch-')).length).toBe(created);

    const retry = await service.importInstitutions(CAST.admin, rows(60, regionId));
    expect(retry).toEqual({ rows: 60, created: remaining, unchanged: created });
    expect((await deps.repos.institutions.list()).filter((i) => i.id.startsWith('batch-')).length).toBe(60);
  });

  it('only admins import; an empty file is refused', async () => {
    const deps = createInMemoryServiceDeps();
    await seedMiniRound(deps);
    const service = createInstitutionImportService(deps);
    await expect(service.importInstitutions(CAST.instA, rows(1, 'x'))).rejects.toMatchObject({ code: 'forbidden' });
    await expect(service.importInstitutions(CAST.admin, [])).rejects.toMatchObject({ code: 'validation-failed' });
  });
});
