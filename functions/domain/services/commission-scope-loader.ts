import { NO_SCOPE, regionsUnder, type CommissionScope } from '../access/commission-scope.js';
import type { Repositories } from '../ports/repositories.js';
import type { Principal } from '../ports/token-verifier.js';

/**
 * The caller's commission scope, read from the directory: the region list (R2) and each covered
 * region's institutions (I3). No reads for any other role.
 */
export async function loadScope(repos: Repositories, p: Principal): Promise<CommissionScope> {
  if (p.role !== 'commission' || p.regionId === undefined) return NO_SCOPE;
  const regionIds = regionsUnder(await repos.regions.list(), p.regionId);
  const institutions = await Promise.all([...regionIds].map((id) => repos.institutions.listByRegion(id)));
  return { regionIds, institutionIds: new Set(institutions.flat().map((i) => i.id)) };
}
