import { onlineManager, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { api, ApiError, apiUrl, unwrap, type Schemas } from '../../../api/client';
import { useAuth } from '../../../auth/auth-context';
import { useI18n } from '../../../i18n/i18n-context';
import { keptOnDevice, outbox } from '../../offline';
import { offlineOnSite, startedSubmission, type KnownParticipant } from '../offline-start';
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

/** Who is evaluated: an institution, or a region in a region checklist's round. */
export type Participant = { type: 'institution' | 'region'; id: string };

/**
 * Starts the on-site evaluation, from the self-evaluation or blank; an existing one is opened
 * instead. Without a network (offline, or the request cannot reach the server) it starts on the
 * device from what the device knows of the participant (its directory record's context; the
 * self-evaluation read before, from the round's list, to start from it), goes to the outbox and
 * is created on the server once online; without that it says that starting needs the network.
 * It never waits for the network: the dialog would hang.
 */
export function useStartOnSite(round: Schemas['Round']) {
  const client = useQueryClient();
  const user = useAuth().session?.user.sub ?? '';
  const { t } = useI18n();
  return useMutation({
    networkMode: 'always',
    mutationFn: async ({ participant, prefill }: { participant: KnownParticipant; prefill: boolean }): Promise<string> => {
      const { self } = participant;
      const startHere = async () => {
        const local = user ? offlineOnSite(round, participant, prefill, user, new Date()) : undefined;
        if (!local) throw new Error(t('expert.startNeedsNetwork'));
        await outbox.start(user, local.submission.id, { body: local.body, submission: local.submission as Record<string, unknown> }, local.content);
        // The on-site page shows the self-evaluation beside each item: the copy just used, when the device kept no other.
        if (self) client.setQueryData(['submission', self.id, 'optional'], (kept: SubmissionRecord | null | undefined) => kept ?? self);
        return local.submission.id;
      };
      if (!onlineManager.isOnline()) return startHere();
      const who = participant.type === 'region' ? { regionId: participant.id } : { institutionId: participant.id };
      try {
        return (await unwrap(api.POST('/api/submissions', { body: { roundId: round.id, ...who, kind: 'expert', ...(prefill ? { prefillFrom: submissionIdOf(round.id, participant.id, 'self') } : {}) } }))).id;
      } catch (error) {
        if (error instanceof ApiError && error.status === 409 && error.code === 'already-exists') return submissionIdOf(round.id, participant.id, 'expert');
        // The request never reached the server (a network that claims to be up): as offline.
        if (!(error instanceof ApiError)) return startHere();
        throw error;
      }
    },
    onSuccess: () => client.invalidateQueries({ queryKey: ['submissions'] }).then(() => client.invalidateQueries({ queryKey: STARTED })),
  });
}

/**
 * Whether the round's checklist is on the device, kept by the service worker: an evaluation
 * started offline opens only with it (the expert's home reads it ahead once the worker controls
 * the page, `read-ahead.ts`; or an on-site page of the round opened online did). Asked afresh each time (`enabled`: offline, the start dialog open).
 */
export function useChecklistOnDevice(round: Schemas['Round'], enabled: boolean) {
  return useQuery({
    queryKey: ['checklist-on-device', round.checklistId, round.checklistVersion],
    enabled,
    networkMode: 'always',
    staleTime: 0,
    queryFn: () => keptOnDevice(apiUrl(`/api/checklists/${encodeURIComponent(round.checklistId)}?version=${round.checklistVersion}`)),
  });
}

const STARTED = ['started-offline'];

/**
 * The on-site evaluations this user started on the device and the server has not created yet, by
 * id (the expert's home lists them, the on-site page opens them). Read again whenever the outbox
 * sends one, with the round lists, so a row never falls back to "not started" in between.
 */
export function useStartedOffline() {
  const client = useQueryClient();
  const user = useAuth().session?.user.sub ?? '';
  useEffect(
    () =>
      outbox.subscribe((e) => {
        const started = client.getQueryData<Map<string, SubmissionRecord>>([...STARTED, user]);
        if (!(e.type === 'saved' || e.type === 'conflict' || e.type === 'failed') || !started?.has(e.submissionId)) return;
        // The server's copies first: a page showing the device's copy moves to the server's without a gap.
        const server = [client.invalidateQueries({ queryKey: ['submissions'] }), client.invalidateQueries({ queryKey: ['submission', e.submissionId], exact: true })];
        void Promise.all(server).then(() => client.invalidateQueries({ queryKey: STARTED }));
      }),
    [client, user],
  );
  return useQuery({
    queryKey: [...STARTED, user],
    enabled: !!user,
    networkMode: 'always',
    staleTime: 0,
    queryFn: async () => new Map((await outbox.started(user)).flatMap((r) => (startedSubmission(r) ? [[r.submissionId, startedSubmission(r)!] as const] : []))),
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
