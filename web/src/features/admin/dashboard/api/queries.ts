import { useQuery, type QueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../../api/client';
import type { CompactRoundDashboard } from '../../../../../../functions/domain/services/dashboard/compact-dashboard';
import type { InstitutionHistory } from '../../../../../../functions/domain/services/dashboard/institution-history';
import type { RegionHistory } from '../../../../../../functions/domain/services/dashboard/region-history';
import type { DashboardRow, RoundDashboard } from '../../../../../../functions/domain/services/dashboard/round-dashboard';

import { conditionalRead, type Tagged } from './conditional-read';
import { expandRoundDashboard } from './expand-dashboard';

export type { DashboardRow, InstitutionHistory, RegionHistory, RoundDashboard };

/** The dashboard query of round `id`: one definition for the page and for the prefetch on route match. */
const roundDashboardQuery = (id: string) => ({
  queryKey: ['round-dashboard', id],
  // A refetch (a later visit, focus) sends the ETag of the data it holds: unchanged, the server answers 304.
  queryFn: ({ client }: { client: QueryClient }) =>
    conditionalRead(
      client.getQueryData<Tagged<RoundDashboard>>(['round-dashboard', id]),
      (headers) => api.GET('/api/rounds/{id}/dashboard', { params: { path: { id } }, headers }),
      (body) => expandRoundDashboard(body as CompactRoundDashboard),
    ),
  // A prefetch that ended just before the page mounted is shown, not read a second time; a later
  // visit reads afresh (a score may have landed).
  staleTime: 2_000,
});

const dashboardOf = (kept: Tagged<RoundDashboard>) => kept.data;

/** A round's dashboard data, computed on the server from the submissions' digests, sent compact, expanded into rows here. */
export function useRoundDashboard(id: string | undefined) {
  return useQuery({ ...roundDashboardQuery(id ?? ''), enabled: !!id, select: dashboardOf });
}

/**
 * Starts reading round `id`'s dashboard as soon as its route matches, in parallel with the page's
 * code, instead of after that code has arrived and mounted. Errors are the page's to show.
 */
export function prefetchRoundDashboard(queryClient: QueryClient, id: string): Promise<void> {
  return queryClient.prefetchQuery(roundDashboardQuery(id));
}

/** One institution's scores across rounds. */
export function useInstitutionHistory(id: string | undefined) {
  return useQuery({
    queryKey: ['institution-history', id],
    enabled: !!id,
    queryFn: async () => (await unwrap(api.GET('/api/institutions/{id}/history', { params: { path: { id: id! } } }))) as unknown as InstitutionHistory,
  });
}

/** One region across rounds: its own evaluations and its institutions' in aggregate. */
export function useRegionHistory(id: string | undefined) {
  return useQuery({
    queryKey: ['region-history', id],
    enabled: !!id,
    queryFn: async () => (await unwrap(api.GET('/api/regions/{id}/history', { params: { path: { id: id! } } }))) as unknown as RegionHistory,
  });
}

/** A submission with its audit trail. */
export function useSubmissionRecord(id: string | undefined) {
  return useQuery({ queryKey: ['submission', id], enabled: !!id, queryFn: () => unwrap(api.GET('/api/submissions/{id}', { params: { path: { id: id! } } })) });
}
