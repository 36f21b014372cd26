import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, unwrap, type Schemas } from '../../../api/client';
import { comparisonRefetchInterval } from '../comparison-refresh';

export type SubmissionRecord = Schemas['Submission'];
export type RoundComparison = Schemas['RoundComparison'];

/** Submission ids are derived: `<round>.<institution>.<self|expert>`. */
export const submissionIdOf = (roundId: string, institutionId: string, kind: 'self' | 'expert') => `${roundId}.${institutionId}.${kind}`;

/** The query of a round's submissions the expert may read (on-site evaluations, self-evaluations once submitted). */
export const roundSubmissionsQuery = (roundId: string) => ({
  queryKey: ['submissions', 'round', roundId],
  // Institutions submit from their own devices: what waits for the expert shows up without a reload.
  refetchOnWindowFocus: true,
  refetchInterval: 30_000,
  queryFn: () => unwrap(api.GET('/api/submissions', { params: { query: { roundId } } })).then((r) => r.items),
});

/** A round's submissions the expert may read. */
export function useRoundSubmissions(roundId: string) {
  return useQuery(roundSubmissionsQuery(roundId));
}

/** Institutions the caller may see (an expert: those in their rounds), for names. */
export function useInstitutions() {
  return useQuery({ queryKey: ['institutions'], queryFn: () => unwrap(api.GET('/api/institutions')).then((r) => r.items) });
}

/** The regions the expert can see: names of the participants of a region checklist's round. */
export function useRegionList() {
  return useQuery({ queryKey: ['regions'], queryFn: () => unwrap(api.GET('/api/regions')).then((r) => r.items) });
}

/**
 * A submission that may not be readable yet (a self-evaluation still in draft is 404 to the
 * expert): undefined then, not an error.
 */
export function useOptionalSubmission(id: string | undefined) {
  return useQuery({
    // Its own key under the submission's: a cached "not visible" (null) must not stand in for the
    // submission where another page expects it to exist; invalidating ['submission', id] still reaches it.
    queryKey: ['submission', id, 'optional'],
    enabled: !!id,
    queryFn: async () => {
      try {
        return await unwrap(api.GET('/api/submissions/{id}', { params: { path: { id: id! } } }));
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
  });
}

/** Starts the on-site evaluation, from the self-evaluation or blank; an existing one is opened instead. */
export function useStartOnSite() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (input: { roundId: string; prefillFrom?: string } & ({ institutionId: string } | { regionId: string })): Promise<string> => {
      try {
        return (await unwrap(api.POST('/api/submissions', { body: { ...input, kind: 'expert' } }))).id;
      } catch (error) {
        const participant = 'regionId' in input ? input.regionId : input.institutionId;
        if (error instanceof ApiError && error.status === 409 && error.code === 'already-exists') return submissionIdOf(input.roundId, participant, 'expert');
        throw error;
      }
    },
    onSuccess: () => client.invalidateQueries({ queryKey: ['submissions'] }),
  });
}

/** Returns a self-evaluation with an overall comment and comments per criterion. */
export function returnSubmission(id: string, body: { version: number; comment?: string; comments?: Record<string, string> }) {
  return unwrap(api.POST('/api/submissions/{id}/return', { params: { path: { id } }, body }));
}

/**
 * The round's self vs expert comparison (404 to an institution until the expert's is submitted).
 * Submissions change it from elsewhere (the institution submits, the scorer finishes): it is read
 * afresh on every visit and on focus, and polled while the page is in view, quickly while a
 * score is pending.
 */
export function useComparison(roundId: string | undefined) {
  return useQuery({
    queryKey: ['comparison', roundId],
    enabled: !!roundId,
    queryFn: () => unwrap(api.GET('/api/rounds/{id}/comparison', { params: { path: { id: roundId! } } })),
    staleTime: 0,
    refetchOnWindowFocus: true,
    refetchInterval: (query) => (query.state.error ? false : comparisonRefetchInterval(query.state.data)),
  });
}
