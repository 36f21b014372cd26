/** What the filter needs of a region: its place in the tree. */
export interface RegionNode {
  id: string;
  parentId?: string;
  level: string;
  name: { zh: string; en?: string };
  context?: Record<string, unknown>;
}

/** What the filter needs of an institution: where it is and what kind it is. */
export interface InstitutionNode {
  id: string;
  regionId: string;
  name: { zh: string; en?: string };
  context?: Record<string, unknown>;
}

/** One row the picker can list: an institution or a region, with what the filters look at. */
export interface Candidate {
  id: string;
  name: { zh: string; en?: string };
  /** The region it is in (an institution), or the region itself. */
  regionId: string;
  /** Institution type (`context.institutionType`), or region level. */
  type: string;
  /** The directory's context of the institution or region (what a checklist's context asks for). */
  context?: Record<string, unknown>;
}

export interface ParticipantFilter {
  /** Only candidates in this region or any region below it ('' = everywhere). */
  regionId: string;
  /** Only this institution type or region level ('' = any). */
  type: string;
  /** Part of the name (either language) or of the id, case-insensitive ('' = any). */
  search: string;
}

/**
 * A region and every region below it, at any depth. A cycle in the parent links (which the
 * directory should never hold) ends the walk rather than looping.
 */
export function regionSubtree(regions: RegionNode[], rootId: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const r of regions) if (r.parentId) children.set(r.parentId, [...(children.get(r.parentId) ?? []), r.id]);
  const found = new Set<string>();
  const stack = [rootId];
  while (stack.length) {
    const id = stack.pop()!;
    if (found.has(id)) continue;
    found.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return found;
}

/** Institutions as picker rows. */
export function institutionCandidates(institutions: InstitutionNode[]): Candidate[] {
  return institutions.map((i) => ({ id: i.id, name: i.name, regionId: i.regionId, type: String(i.context?.institutionType ?? ''), context: i.context }));
}

/** Regions as picker rows (their level is their "type"). */
export function regionCandidates(regions: RegionNode[]): Candidate[] {
  return regions.map((r) => ({ id: r.id, name: r.name, regionId: r.id, type: r.level, context: r.context }));
}

/** The candidates the filter lets through, in their given order. */
export function filterCandidates(candidates: Candidate[], regions: RegionNode[], filter: ParticipantFilter): Candidate[] {
  const within = filter.regionId ? regionSubtree(regions, filter.regionId) : null;
  const needle = filter.search.trim().toLowerCase();
  return candidates.filter(
    (c) =>
      (!within || within.has(c.regionId)) &&
      (!filter.type || c.type === filter.type) &&
      (!needle || c.id.toLowerCase().includes(needle) || c.name.zh.toLowerCase().includes(needle) || (c.name.en ?? '').toLowerCase().includes(needle)),
  );
}

/**
 * Regions in tree order (each followed by the regions below it) with their depth, for a
 * drop-down that shows the hierarchy. Regions whose parent is not listed start a tree of their own.
 */
export function regionTreeOrder<R extends RegionNode>(regions: R[]): { region: R; depth: number }[] {
  const ids = new Set(regions.map((r) => r.id));
  const children = new Map<string, R[]>();
  const roots: R[] = [];
  for (const r of regions) {
    if (r.parentId && ids.has(r.parentId) && r.parentId !== r.id) children.set(r.parentId, [...(children.get(r.parentId) ?? []), r]);
    else roots.push(r);
  }
  const out: { region: R; depth: number }[] = [];
  const seen = new Set<string>();
  const walk = (r: R, depth: number) => {
    if (seen.has(r.id)) return;
    seen.add(r.id);
    out.push({ region: r, depth });
    for (const c of children.get(r.id) ?? []) walk(c, depth + 1);
  };
  for (const r of roots) walk(r, 0);
  // Regions caught in a parent cycle have no root: still listed, at the top level.
  for (const r of regions) walk(r, 0);
  return out;
}
