import { describe, expect, it } from 'vitest';
import { createInMemoryServiceDeps } from '../../../adapters/local/in-memory-service-deps.js';
import type { DomainError } from '../../errors.js';
import { CAST, seedMiniRound } from '../fixtures/mini-round.js';
import { createInstitutionImportService } from './institution-import-service.js';
import type { ImportSheet } from './institution-rows.js';

const COLUMNS = ['id', 'name', 'regionId', 'institutionType'].map((key) => ({ key, header: key }));
const sheet = (institutions: { id: string; regionId: string; context: Record<string, string | number> }[]): ImportSheet => ({
  columns: COLUMNS,
  rows: institutions.map((institution, i) => ({ institution: { row: i + 2, name: { zh: `医院${i}` }, ...institution }, issues: [] })),
});
const rows = (n: number, regionId: string): ImportSheet => sheet(Array.from({ length: n }, (_, i) => ({ id: `batch-${i}`, regionId, context: { institutionType: 'general' } })));

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
    await expect(service.importInstitutions(CAST.admin, sheet([]))).rejects.toMatchObject({ code: 'validation-failed' });
  });

  it('refuses a type, grade or other context value no published institution checklist takes, naming row, column header and what is allowed', async () => {
    const deps = createInMemoryServiceDeps();
    await seedMiniRound(deps);
    const service = createInstitutionImportService(deps);
    const bad = sheet([
      { id: 'ok-1', regionId: 'reg', context: { institutionType: 'tcm', staffBeds: 120 } },
      { id: 'bad-type', regionId: 'reg', context: { institutionType: 'county-general' } },
      { id: 'bad-beds', regionId: 'reg', context: { staffBeds: '很多' } },
      { id: 'bad-key', regionId: 'reg', context: { colour: 'red' } },
    ]);
    bad.columns = [{ key: 'institutionType', header: '机构类型 (institutionType)' }, { key: 'staffBeds', header: '编制床位 (staffBeds)' }];
    const failure = (await service.importInstitutions(CAST.admin, bad).catch((e: DomainError) => e)) as DomainError;
    expect(failure.code).toBe('validation-failed');
    const issues = (failure.details as { issues: { path: string; code: string; message: string; params: Record<string, unknown> }[] }).issues;
    expect(issues.map((i) => [i.path, i.code, i.params.header, i.params.allowed])).toEqual([
      ['/rows/3/institutionType', 'not-allowed', '机构类型 (institutionType)', 'general, tcm'],
      ['/rows/4/staffBeds', 'not-a-number', '编制床位 (staffBeds)', undefined],
      ['/rows/5/colour', 'unknown-column', undefined, 'institutionType, staffBeds'],
    ]);
    expect(issues[0]!.message).toContain('机构类型 (institutionType)');
    expect((await deps.repos.institutions.list()).map((i) => i.id)).not.toContain('ok-1');

    const good = sheet([{ id: 'ok-1', regionId: 'reg', context: { institutionType: 'tcm', staffBeds: '120' } }]);
    expect(await service.importInstitutions(CAST.admin, good)).toEqual({ rows: 1, created: 1, unchanged: 0 });
    // A numeric column's text "120" is stored as the number the checklists compare.
    expect((await deps.repos.institutions.get('ok-1'))?.context).toEqual({ institutionType: 'tcm', staffBeds: 120 });
  });
});
