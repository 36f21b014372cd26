import { describe, expect, it } from 'vitest';
import { createInMemoryServiceDeps } from '../../adapters/local/in-memory-service-deps.js';
import type { DomainError } from '../errors.js';
import { CAST, seedMiniRound } from './fixtures/mini-round.js';
import { createDirectoryService } from './directory-service.js';

const { admin, expert, outsider, instA } = CAST;

async function setup() {
  const deps = createInMemoryServiceDeps();
  await seedMiniRound(deps);
  return { deps, directory: createDirectoryService(deps) };
}

const codeOf = (p: Promise<unknown>) => p.then(() => 'resolved', (e: DomainError) => e.code ?? String(e));
const ids = (list: { id: string }[]) => list.map((i) => i.id);

describe('directory', () => {
  it('institutions within each role\'s reach: admin all, an institution itself, an expert those of their rounds', async () => {
    const { directory } = await setup();
    expect(ids(await directory.listInstitutions(admin))).toEqual(['inst-a', 'inst-b', 'inst-c']);
    expect(ids(await directory.listInstitutions(instA))).toEqual(['inst-a']);
    expect(ids(await directory.listInstitutions(expert))).toEqual(['inst-a', 'inst-b']);
    expect(await directory.listInstitutions(outsider)).toEqual([]);
    expect(await codeOf(directory.getInstitution(expert, 'inst-c'))).toBe('not-found');
    expect(await codeOf(directory.getInstitution(instA, 'inst-b'))).toBe('not-found');
    expect((await directory.getInstitution(expert, 'inst-b')).id).toBe('inst-b');
  });

  it('references must exist; a region cannot contain itself; only admins write', async () => {
    const { directory } = await setup();
    expect(await codeOf(directory.createInstitution(admin, { id: 'x', name: { zh: 'X' }, regionId: 'nowhere' }))).toBe('validation-failed');
    expect(await codeOf(directory.createRegion(admin, { id: 'county', name: { zh: '县' }, level: 'county', parentId: 'nowhere' }))).toBe('validation-failed');
    expect(await codeOf(directory.createRegion(expert, { id: 'county', name: { zh: '县' }, level: 'county' }))).toBe('forbidden');
    expect(await codeOf(directory.updateRegion(admin, 'reg', 1, { name: { zh: '测试市' }, level: 'city', parentId: 'reg' }))).toBe('validation-failed');
    expect(await codeOf(directory.createRegion(admin, { id: 'reg', name: { zh: '重复' }, level: 'city' }))).toBe('already-exists');
  });

  it('a region cannot move below a region under it; a stale edit is a conflict and changes nothing', async () => {
    const { deps, directory } = await setup();
    await directory.createRegion(admin, { id: 'county', name: { zh: '某县' }, level: 'county', parentId: 'reg' });
    await directory.createRegion(admin, { id: 'town', name: { zh: '某镇' }, level: 'county', parentId: 'county' });
    const below = directory.updateRegion(admin, 'reg', 1, { name: { zh: '测试市' }, level: 'city', parentId: 'town' });
    await expect(below).rejects.toMatchObject({ code: 'validation-failed', details: { issues: [{ path: '/parentId', code: 'cycle' }] } });
    const edited = await directory.updateRegion(admin, 'county', 1, { name: { zh: '某县', en: 'A county' }, level: 'county', parentId: 'reg', context: { population: 35 } });
    expect(edited).toMatchObject({ version: 2, name: { en: 'A county' }, context: { population: 35 } });
    expect(await codeOf(directory.updateRegion(admin, 'county', 1, { name: { zh: '旧' }, level: 'city' }))).toBe('version-conflict');
    expect(await deps.repos.regions.get('county')).toEqual(edited);
    expect((await deps.repos.regions.get('reg'))?.parentId).toBeUndefined();
  });

  it('moving an institution to another region is one conditional write: it lists there, and a stale version changes nothing', async () => {
    const { deps, directory } = await setup();
    await directory.createRegion(admin, { id: 'county', name: { zh: '某县' }, level: 'county', parentId: 'reg' });
    const moved = await directory.updateInstitution(admin, 'inst-a', 1, { name: { zh: '医院inst-a' }, regionId: 'county' });
    expect(moved).toMatchObject({ version: 2, regionId: 'county', context: { institutionType: 'general' } });
    expect(moved.audit.at(-1)).toMatchObject({ action: 'update', changes: { keys: ['regionId'] } });
    expect(ids(await directory.listInstitutions(admin, 'county'))).toEqual(['inst-a']);
    expect(ids(await directory.listInstitutions(admin, 'reg'))).toEqual(['inst-b', 'inst-c']);
    expect(await codeOf(directory.updateInstitution(admin, 'inst-a', 1, { name: { zh: '旧' }, regionId: 'reg' }))).toBe('version-conflict');
    expect(await deps.repos.institutions.get('inst-a')).toEqual(moved);
  });
});
