import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, unwrap, type Schemas } from '../../../../api/client';
import { useAuthedFetch } from '../../dashboard/api/files';
import type { RoundProgress } from '../../../../../../functions/domain/services/dashboard/round-progress';

export type Round = Schemas['Round'];
export type { RoundProgress };

/** Every round (admins see all). */
export function useAdminRounds() {
  return useQuery({ queryKey: ['rounds'], queryFn: () => unwrap(api.GET('/api/rounds')).then((r) => r.items) });
}

/** One round, with its participants and experts. */
export function useAdminRound(id: string | undefined) {
  return useQuery({ queryKey: ['round', id], enabled: !!id, queryFn: () => unwrap(api.GET('/api/rounds/{id}', { params: { path: { id: id! } } })) });
}

/**
 * The expert accounts' display names by account id, for a round's page to name its experts; read
 * only when the round has experts. `null` when this deployment has no built-in directory (GET
 * /api/users is 404): the ids are then all there is to show.
 */
export function useExpertNames(wanted: boolean) {
  const files = useAuthedFetch();
  return useQuery({
    queryKey: ['users', 'experts', 'names'],
    enabled: wanted,
    retry: false,
    staleTime: 60_000,
    queryFn: async () => {
      try {
        const page = await files.json<{ items: { username: string; displayName: string }[] }>('/api/users?role=expert');
        return new Map(page.items.map((u) => [u.username, u.displayName]));
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
  });
}

/** Published checklists, newest version of each. */
export function useChecklistList() {
  return useQuery({ queryKey: ['checklists'], queryFn: () => unwrap(api.GET('/api/checklists')).then((r) => r.items) });
}

/** Every version of one checklist (to pick a round's version, or a re-score's). */
export function useChecklistVersions(id: string | undefined) {
  return useQuery({ queryKey: ['checklist-versions', id], enabled: !!id, queryFn: () => unwrap(api.GET('/api/checklists/{id}/versions', { params: { path: { id: id! } } })).then((r) => r.items) });
}

/** One published version with its definition: what the round form reads to offer only the participants it applies to. */
export function useChecklistDefinition(id: string | undefined, version: number | undefined) {
  return useQuery({
    queryKey: ['checklist', id, version],
    enabled: !!id && version !== undefined,
    staleTime: Infinity,
    queryFn: () => unwrap(api.GET('/api/checklists/{id}', { params: { path: { id: id! }, query: { version: String(version) } } })),
  });
}

/**
 * Who stands where in a round; asked again every second while a re-score (or any scoring) is
 * pending, so the progress bar moves without a reload.
 */
export function useRoundProgress(id: string | undefined) {
  return useQuery({
    queryKey: ['round-progress', id],
    enabled: !!id,
    queryFn: async () => (await unwrap(api.GET('/api/rounds/{id}/progress', { params: { path: { id: id! } } }))) as unknown as RoundProgress,
    refetchInterval: (query) => ((query.state.data?.rescore.pending ?? 0) > 0 ? 1000 : false),
  });
}

export type RoundFields = Omit<Schemas['Round'], 'id' | 'version' | 'createdAt' | 'updatedAt' | 'audit'>;

/** Creates a round: institutions, or regions (`regionIds`, institutions empty) for a region checklist. */
export function useCreateRound() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { id: string; name: { zh: string; en?: string }; checklistId: string; checklistVersion: number; type: 'baseline' | 'annual' | 'final'; year: number; deadline?: string; institutionIds: string[]; regionIds?: string[]; expertIds: string[] }) =>
      unwrap(api.POST('/api/rounds', { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['rounds'] }),
  });
}

/** Opens or closes a round (a versioned update that keeps every other field). */
export function useSetRoundStatus() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ round, status }: { round: Round; status: 'open' | 'closed' }) => {
      const { id, version, createdAt: _c, updatedAt: _u, audit: _a, ...fields } = round;
      return unwrap(api.PUT('/api/rounds/{id}', { params: { path: { id } }, body: { ...fields, institutionIds: fields.institutionIds ?? [], expertIds: fields.expertIds ?? [], status, version } }));
    },
    onSuccess: (_, { round }) => Promise.all([client.invalidateQueries({ queryKey: ['round', round.id] }), client.invalidateQueries({ queryKey: ['rounds'] })]),
  });
}

/** Re-scores the round, optionally onto another checklist version; the progress query then polls. */
export function useRescoreRound(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (checklistVersion: number | undefined) => unwrap(api.POST('/api/rounds/{id}/rescore', { params: { path: { id } }, body: checklistVersion === undefined ? {} : { checklistVersion } })),
    onSuccess: () => Promise.all([client.invalidateQueries({ queryKey: ['round-progress', id] }), client.invalidateQueries({ queryKey: ['round', id] }), client.invalidateQueries({ queryKey: ['round-dashboard', id] })]),
  });
}
