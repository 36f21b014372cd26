import type { Region } from '../model/region.js';

/**
 * What a commission account oversees: its own region, every region under it (through
 * `parentId`), and the institutions in those regions. Empty for every other role.
 */
export interface CommissionScope {
  regionIds: ReadonlySet<string>;
  institutionIds: ReadonlySet<string>;
}

/** The scope of a caller who oversees nothing (every role but `commission`). */
export const NO_SCOPE: CommissionScope = Object.freeze({ regionIds: new Set<string>(), institutionIds: new Set<string>() });

/**
 * `rootId` and every region below it. Walks children breadth-first and visits each region once,
 * so a stored parent cycle (regions are edited one at a time) cannot loop.
 */
export function regionsUnder(regions: readonly Pick<Region, 'id' | 'parentId'>[], rootId: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const r of regions) if (r.parentId !== undefined) children.set(r.parentId, [...(children.get(r.parentId) ?? []), r.id]);
  const seen = new Set<string>([rootId]);
  const queue = [rootId];
  while (queue.length) {
    for (const child of children.get(queue.shift()!) ?? []) {
      if (!seen.has(child)) {
        seen.add(child);
        queue.push(child);
      }
    }
  }
  return seen;
}

/**
 * The scope of the commission of `rootId` from directory lists already in hand (every region and
 * every institution): what `loadScope` reads region by region, for a read that lists them anyway.
 */
export function scopeFromDirectory(rootId: string, regions: readonly Pick<Region, 'id' | 'parentId'>[], institutions: readonly { id: string; regionId: string }[]): CommissionScope {
  const regionIds = regionsUnder(regions, rootId);
  return { regionIds, institutionIds: new Set(institutions.filter((i) => regionIds.has(i.regionId)).map((i) => i.id)) };
}
