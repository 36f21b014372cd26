import { visibleToOverseer } from '../../access/access-rules.js';
import type { CommissionScope } from '../../access/commission-scope.js';
import type { DashboardInputs } from './dashboard-tag.js';

/**
 * What a commission's dashboard of a round is built from, out of the whole directory and the
 * round's digests: the round narrowed to the institutions in the commission's scope, their
 * submissions as an overseer may read them (a self-evaluation once handed in, an expert's once
 * submitted: a draft stays its author's), and the regions of its scope. Everything else is left
 * out here, on the server, so neither the reply nor its tag carries another region's rows.
 * `undefined` when no institution of the scope takes part: such a round has no dashboard for it.
 */
export function overseenInputs(scope: CommissionScope, all: DashboardInputs): DashboardInputs | undefined {
  const institutionIds = all.round.institutionIds.filter((id) => scope.institutionIds.has(id));
  if (institutionIds.length === 0) return undefined;
  const taking = new Set(institutionIds);
  return {
    round: { ...all.round, institutionIds, regionIds: [], expertIds: [] },
    institutions: all.institutions.filter((i) => taking.has(i.id)),
    regions: all.regions.filter((r) => scope.regionIds.has(r.id)),
    submissions: all.submissions.filter((s) => s.institutionId !== undefined && taking.has(s.institutionId) && visibleToOverseer(s)),
  };
}
