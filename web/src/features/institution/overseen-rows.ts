import type { Schemas } from '../../api/client';

/** What rows are made of: a round's results, or one round of a commission's overview. */
type RoundRows = Pick<Schemas['RoundResults'], 'participants' | 'institutions' | 'regions'>;
type Localized = Schemas['Localized'];

/** One kind's standing for a row of the commission's overview: a score once scored, else the status. */
export interface OverseenSide {
  submissionId: string;
  status: 'draft' | 'submitted' | 'scored' | 'returned';
  total: number | null;
  band: Localized | null;
  vetoHits: number;
}

/** One participant a commission oversees in a round: an institution, or a region under its own. */
export interface OverseenRow {
  id: string;
  name: Localized;
  self: OverseenSide | null;
  expert: OverseenSide | null;
}

// The results API types each side loosely (`Record<string, unknown>`): read the fields it documents.
function side(raw: Record<string, unknown> | null | undefined): OverseenSide | null {
  if (!raw || typeof raw.submissionId !== 'string') return null;
  const scored = raw.status === 'scored';
  const band = raw.band as { label?: Localized } | null | undefined;
  return {
    submissionId: raw.submissionId,
    status: raw.status as OverseenSide['status'],
    total: scored && typeof raw.total === 'number' ? raw.total : null,
    band: scored && band?.label ? band.label : null,
    vetoHits: Array.isArray(raw.vetoHits) ? raw.vetoHits.length : 0,
  };
}

/**
 * The rows a commission reads for one round: the institutions (or regions) it oversees, as the
 * API narrowed them, leaving out its own region, whose evaluation its home lists already.
 * Institutions the commission oversees but whose evaluations are not handed in yet still show,
 * as not started, so a missing one is seen rather than silently absent.
 */
export function overseenRows(results: RoundRows, ownRegionId: string | undefined): OverseenRow[] {
  if (results.participants === 'region') {
    return results.regions.filter((r) => r.regionId !== ownRegionId).map((r) => ({ id: r.regionId, name: r.name, self: side(r.self), expert: side(r.expert) }));
  }
  return results.institutions.map((r) => ({ id: r.institutionId, name: r.name, self: side(r.self), expert: side(r.expert) }));
}
