import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, unwrap, type Schemas } from '../../../api/client';
import { rememberChecklists } from '../../../lib/checklist-hint';

export type Round = Schemas['Round'];
export type SubmissionRecord = Schemas['Submission'];
export type Institution = Schemas['Institution'];

/** Rounds the caller takes part in. */
export function useRounds() {
  return useQuery({ queryKey: ['rounds'], queryFn: () => unwrap(api.GET('/api/rounds')).then((r) => r.items) });
}

/** A round by id. */
export function useRound(id: string | undefined) {
  return useQuery({ queryKey: ['round', id], enabled: !!id, queryFn: () => unwrap(api.GET('/api/rounds/{id}', { params: { path: { id: id! } } })) });
}

/** An institution's submissions (self-evaluations and the experts' evaluations of it). */
export function useInstitutionSubmissions(institutionId: string | undefined) {
  return useQuery({
    queryKey: ['submissions', institutionId],
    // Without an institution (a commission), the API answers with the caller's own region's.
    // Each form's checklist version noted, so opening one from here reads both side by side.
    queryFn: () =>
      unwrap(api.GET('/api/submissions', { params: { query: institutionId ? { institutionId } : {} } })).then((r) => {
        rememberChecklists(r.items);
        return r.items;
      }),
  });
}

/** An institution record (its name for headers and the printed report). */
export function useInstitution(id: string | undefined) {
  return useQuery({ queryKey: ['institution', id], enabled: !!id, queryFn: () => unwrap(api.GET('/api/institutions/{id}', { params: { path: { id: id! } } })) });
}

/** Starts the self-evaluation of a round; an existing one (409 already-exists) is opened instead. */
export function useStartSelfEvaluation(participantId: string | undefined) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (roundId: string): Promise<string> => {
      try {
        const created = await unwrap(api.POST('/api/submissions', { body: { roundId, kind: 'self' } }));
        return created.id;
      } catch (error) {
        if (error instanceof ApiError && error.status === 409) return `${roundId}.${participantId}.self`;
        throw error;
      }
    },
    onSuccess: () => client.invalidateQueries({ queryKey: ['submissions'] }),
  });
}

/**
 * Every published checklist version (retired ones too), to name a round's checklist in words as the
 * version the round uses names it: a later version may retitle the checklist, and a round keeps its
 * version (`checklistTitle` picks the title); `undefined` until read (the id stands in meanwhile).
 */
export function useChecklistTitles() {
  return useQuery({
    queryKey: ['checklists', 'titles'],
    staleTime: 5 * 60_000,
    queryFn: () => unwrap(api.GET('/api/checklists', { params: { query: { all: 'true' } } })).then((r) => r.items),
  });
}

/** A region record (a commission's own region: the heading of its home page). */
export function useRegion(id: string | undefined) {
  return useQuery({ queryKey: ['region', id], enabled: !!id, queryFn: () => unwrap(api.GET('/api/regions/{id}', { params: { path: { id: id! } } })) });
}

export type OverseenRound = Schemas['OverseenRound'];

/**
 * A commission's overview: every round where it oversees someone besides its own region, with the
 * rows of those it oversees, in one request (`enabled` only for a commission).
 */
export function useOverseenRounds(enabled: boolean) {
  return useQuery({ queryKey: ['oversee', 'rounds'], enabled, queryFn: () => unwrap(api.GET('/api/oversee/rounds')).then((r) => r.items) });
}
