import { describe, expect, it } from 'vitest';
import { createInMemoryServiceDeps } from '../../adapters/local/in-memory-service-deps.js';
import type { DomainError } from '../errors.js';
import { createChecklistService } from './checklist-service.js';
import { CAST, seedMiniRound } from './fixtures/mini-round.js';
import { miniRegionChecklist } from './fixtures/mini-region-round.js';
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
    await createChecklistService(deps).publish(admin, miniRegionChecklist());
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

  describe('context values are checked against the published checklists, as the import checks them', () => {
    const issuesOf = (p: Promise<unknown>) => p.then(() => 'resolved', (e: DomainError) => [e.code, (e.details as { issues: unknown[] }).issues]);

    it('a code a checklist takes is stored, a number typed as text is stored as a number', async () => {
      const { deps, directory } = await setup();
      const made = await directory.createInstitution(admin, { id: 'inst-d', name: { zh: '丁医院' }, regionId: 'reg', context: { institutionType: 'tcm', staffBeds: '120' } });
      expect(made.context).toEqual({ institutionType: 'tcm', staffBeds: 120 });
      expect((await deps.repos.institutions.get('inst-d'))?.context).toEqual({ institutionType: 'tcm', staffBeds: 120 });
    });

    it('a code no checklist takes, a key none declares and text for a number are refused with what is accepted, and nothing is written', async () => {
      const { deps, directory } = await setup();
      const refused = directory.createInstitution(admin, { id: 'inst-d', name: { zh: '丁医院' }, regionId: 'reg', context: { institutionType: 'hospital', staffBeds: 'many', beds: 3 } });
      expect(await issuesOf(refused)).toEqual([
        'validation-failed',
        [
          expect.objectContaining({ path: '/context/institutionType', code: 'not-allowed', params: { key: 'institutionType', value: 'hospital', allowed: 'general, tcm' } }),
          expect.objectContaining({ path: '/context/staffBeds', code: 'not-a-number', params: { key: 'staffBeds', value: 'many' } }),
          expect.objectContaining({ path: '/context/beds', code: 'unknown-column', params: { key: 'beds', value: '3', allowed: 'institutionType, staffBeds' } }),
        ],
      ]);
      expect(await deps.repos.institutions.get('inst-d')).toBeUndefined();
    });

    it('an edit is checked the same way and changes nothing when refused; a value the record already holds may be sent back', async () => {
      const { deps, directory } = await setup();
      const before = await deps.repos.institutions.get('inst-a');
      const refused = directory.updateInstitution(admin, 'inst-a', 1, { name: { zh: '医院inst-a' }, regionId: 'reg', context: { institutionType: 'specialty' } });
      expect(await issuesOf(refused)).toEqual(['validation-failed', [expect.objectContaining({ path: '/context/institutionType', code: 'not-allowed', params: expect.objectContaining({ allowed: 'general, tcm' }) })]]);
      expect(await deps.repos.institutions.get('inst-a')).toEqual(before);

      // A value stored before these checks (or under a checklist since retired) does not block renaming.
      await deps.repos.institutions.replace({ ...before!, context: { institutionType: 'general', legacy: 'x' } }, 1);
      const renamed = await directory.updateInstitution(admin, 'inst-a', 1, { name: { zh: '甲医院' }, regionId: 'reg', context: { institutionType: 'general', legacy: 'x' } });
      expect(renamed).toMatchObject({ version: 2, name: { zh: '甲医院' }, context: { institutionType: 'general', legacy: 'x' } });
      const changed = directory.updateInstitution(admin, 'inst-a', 2, { name: { zh: '甲医院' }, regionId: 'reg', context: { institutionType: 'general', legacy: 'y' } });
      expect(await issuesOf(changed)).toEqual(['validation-failed', [expect.objectContaining({ path: '/context/legacy', code: 'unknown-column' })]]);
    });

    it("a region's context is checked against the region checklists, not the institution ones", async () => {
      const { deps, directory } = await setup();
      const none = directory.createRegion(admin, { id: 'county', name: { zh: '某县' }, level: 'county', parentId: 'reg', context: { population: 35 } });
      expect(await issuesOf(none)).toEqual(['validation-failed', [expect.objectContaining({ path: '/context/population', code: 'unknown-column', params: expect.objectContaining({ allowed: '' }) })]]);
      await createChecklistService(deps).publish(admin, miniRegionChecklist());
      const made = await directory.createRegion(admin, { id: 'county', name: { zh: '某县' }, level: 'county', parentId: 'reg', context: { population: '35' } });
      expect(made.context).toEqual({ population: 35 });
      const typed = directory.updateRegion(admin, 'county', 1, { name: { zh: '某县' }, level: 'county', parentId: 'reg', context: { population: 'many', institutionType: 'general' } });
      expect(await issuesOf(typed)).toEqual([
        'validation-failed',
        [expect.objectContaining({ path: '/context/population', code: 'not-a-number' }), expect.objectContaining({ path: '/context/institutionType', code: 'unknown-column', params: expect.objectContaining({ allowed: 'population' }) })],
      ]);
      expect(await deps.repos.regions.get('county')).toEqual(made);
    });
  });
});
