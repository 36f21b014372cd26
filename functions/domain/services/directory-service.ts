import { canSeeRound, ensureVisible, oversees, requireRole } from '../access/access-rules.js';
import { NotFoundError, ValidationError } from '../errors.js';
import type { Institution } from '../model/institution.js';
import type { LocalizedText } from '../model/localized.js';
import type { Region } from '../model/region.js';
import type { Principal } from '../ports/token-verifier.js';
import { advance, changedKeys, created } from './audit.js';
import { createChecklistReader } from './checklist-reader.js';
import { loadScope } from './commission-scope-loader.js';
import { checkRecordContext } from './directory-context.js';
import { contextColumns } from './import/context-columns.js';
import type { ServiceDeps } from './service-deps.js';

export interface RegionInput {
  id: string;
  name: LocalizedText;
  level: Region['level'];
  parentId?: string;
  /** Copied into a region-subject submission's context (population, county code, ...). */
  context?: Record<string, string | number>;
}

export interface InstitutionInput {
  id: string;
  name: LocalizedText;
  regionId: string;
  context?: Record<string, string | number>;
}

/**
 * Regions and institutions: administered by admins, read within each role's reach. The context
 * an administrator sets is checked against the published checklists (see `checkRecordContext`).
 */
export function createDirectoryService(deps: ServiceDeps) {
  const { repos, clock } = deps;
  const checklists = createChecklistReader(deps);

  /**
   * The context as stored, or a `ValidationError` naming each refused value. Criteria apply by
   * these values, so one no checklist takes would silently leave the record out of them.
   */
  async function checkedContext(
    subject: 'institution' | 'region',
    context: Record<string, string | number> | undefined,
    stored?: Record<string, string | number>,
  ): Promise<Record<string, string | number> | undefined> {
    if (context === undefined || Object.keys(context).length === 0) return context;
    const checked = checkRecordContext(contextColumns(await checklists.contextFields(), subject), context, stored);
    if (checked.issues.length) {
      throw new ValidationError(`${checked.issues.length} context value(s) no published ${subject} checklist accepts`, checked.issues);
    }
    return checked.context;
  }

  async function requireRegion(id: string): Promise<Region> {
    const region = await repos.regions.get(id);
    if (!region) throw new NotFoundError('Region', id);
    return region;
  }

  async function checkRegionRef(regionId: string | undefined, path: string): Promise<void> {
    if (regionId !== undefined && !(await repos.regions.get(regionId))) {
      throw new ValidationError(`Unknown region ${regionId}`, [{ path, code: 'unknown-region', message: `region ${regionId} does not exist` }]);
    }
  }

  /**
   * A region may not sit below itself: commission scope and the pickers walk parent links down
   * the tree. One read per level above the new parent (three in a province-city-county tree).
   */
  async function checkNoCycle(id: string, parentId: string | undefined): Promise<void> {
    const seen = new Set<string>();
    for (let at = parentId; at !== undefined && !seen.has(at); at = (await repos.regions.get(at))?.parentId) {
      if (at === id) {
        const message = at === parentId ? 'parentId is the region itself' : `parentId ${parentId} lies below region ${id}`;
        throw new ValidationError('A region cannot contain itself', [{ path: '/parentId', code: 'cycle', message }]);
      }
      seen.add(at);
    }
  }

  async function requireInstitution(id: string): Promise<Institution> {
    const institution = await repos.institutions.get(id);
    if (!institution) throw new NotFoundError('Institution', id);
    return institution;
  }

  return {
    async listRegions(p: Principal): Promise<Region[]> {
      requireRole(p, 'admin', 'expert', 'institution', 'commission');
      return repos.regions.list();
    },

    getRegion: async (p: Principal, id: string) => {
      requireRole(p, 'admin', 'expert', 'institution', 'commission');
      return requireRegion(id);
    },

    async createRegion(p: Principal, input: RegionInput): Promise<Region> {
      requireRole(p, 'admin');
      await checkRegionRef(input.parentId, '/parentId');
      const context = await checkedContext('region', input.context);
      const at = clock.now();
      const region: Region = { ...input, ...(context ? { context } : {}), version: 1, createdAt: at.toISOString(), updatedAt: at.toISOString(), audit: created(p.username, at) };
      await repos.regions.create(region);
      return region;
    },

    async updateRegion(p: Principal, id: string, version: number, input: Omit<RegionInput, 'id'>): Promise<Region> {
      requireRole(p, 'admin');
      const current = await requireRegion(id);
      await checkRegionRef(input.parentId, '/parentId');
      await checkNoCycle(id, input.parentId);
      const context = (await checkedContext('region', input.context, current.context)) ?? current.context;
      const next = advance(current, { ...input, parentId: input.parentId, context }, p.username, 'update', clock.now(), {
        keys: changedKeys(current as unknown as Record<string, unknown>, { ...current, ...input, context } as unknown as Record<string, unknown>),
      });
      await repos.regions.replace(next, version);
      return next;
    },

    /** Admins all; institutions their own; experts those in rounds they are assigned to; commissions those they oversee. */
    async listInstitutions(p: Principal, regionId?: string): Promise<Institution[]> {
      const all = regionId ? await repos.institutions.listByRegion(regionId) : await repos.institutions.list();
      if (p.role === 'admin') return all;
      if (p.role === 'institution') return all.filter((i) => i.id === p.institutionId);
      if (p.role === 'commission') {
        const scope = await loadScope(repos, p);
        return all.filter((i) => oversees(p, scope, { type: 'institution', id: i.id }));
      }
      const rounds = (await repos.rounds.list()).filter((r) => canSeeRound(p, r));
      const visible = new Set(rounds.flatMap((r) => r.institutionIds));
      return all.filter((i) => visible.has(i.id));
    },

    /** Admins any; institutions their own; experts those in their rounds; commissions those they oversee. Anything else is "not found", like a missing one. */
    async getInstitution(p: Principal, id: string): Promise<Institution> {
      const visible =
        p.role === 'admin' ||
        (p.role === 'institution' && p.institutionId === id) ||
        (p.role === 'commission' && oversees(p, await loadScope(repos, p), { type: 'institution', id })) ||
        (p.role === 'expert' && (await repos.rounds.list()).some((r) => canSeeRound(p, r) && r.institutionIds.includes(id)));
      ensureVisible(visible, 'Institution', id);
      return requireInstitution(id);
    },

    async createInstitution(p: Principal, input: InstitutionInput): Promise<Institution> {
      requireRole(p, 'admin');
      await checkRegionRef(input.regionId, '/regionId');
      const context = (await checkedContext('institution', input.context)) ?? {};
      const at = clock.now();
      const institution: Institution = {
        ...input,
        context,
        version: 1,
        createdAt: at.toISOString(),
        updatedAt: at.toISOString(),
        audit: created(p.username, at),
      };
      await repos.institutions.create(institution);
      return institution;
    },

    async updateInstitution(p: Principal, id: string, version: number, input: Omit<InstitutionInput, 'id'>): Promise<Institution> {
      requireRole(p, 'admin');
      const current = await requireInstitution(id);
      await checkRegionRef(input.regionId, '/regionId');
      const changes = { ...input, context: (await checkedContext('institution', input.context, current.context)) ?? current.context };
      const next = advance(current, changes, p.username, 'update', clock.now(), {
        keys: changedKeys(current as unknown as Record<string, unknown>, { ...current, ...changes } as unknown as Record<string, unknown>),
      });
      await repos.institutions.replace(next, version);
      return next;
    },
  };
}

export type DirectoryService = ReturnType<typeof createDirectoryService>;
