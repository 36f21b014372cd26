import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../../api/client';
import type { RegionBody } from '../region-draft';

export type Region = Schemas['Region'];
export type Institution = Schemas['Institution'];
export type InstitutionContext = Record<string, string | number>;

/** Every region (a handful to a few hundred). */
export function useRegions() {
  return useQuery({ queryKey: ['regions'], queryFn: () => unwrap(api.GET('/api/regions')).then((r) => r.items) });
}

/** Every institution the admin may see (the whole directory). */
export function useInstitutions() {
  return useQuery({ queryKey: ['institutions'], queryFn: () => unwrap(api.GET('/api/institutions')).then((r) => r.items) });
}

export interface InstitutionDraft {
  id: string;
  name: { zh: string; en?: string };
  regionId: string;
  context: InstitutionContext;
}

/** Creates an institution, or updates it (versioned) when `version` is given. */
export function useSaveInstitution() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ draft, version }: { draft: InstitutionDraft; version?: number }) => {
      const { id, ...fields } = draft;
      return version === undefined
        ? unwrap(api.POST('/api/institutions', { body: draft }))
        : unwrap(api.PUT('/api/institutions/{id}', { params: { path: { id } }, body: { ...fields, version } }));
    },
    // After a 409 too: the list then holds what someone else saved.
    onSettled: () => client.invalidateQueries({ queryKey: ['institutions'] }),
  });
}

/**
 * Creates a region, or updates it (versioned) when `version` is given. Either way the list is read
 * again: after a 409 too, so the form reopens on what someone else saved.
 */
export function useSaveRegion() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ body, version }: { body: RegionBody; version?: number }) => {
      const { id, ...fields } = body;
      return version === undefined
        ? unwrap(api.POST('/api/regions', { body }))
        : unwrap(api.PUT('/api/regions/{id}', { params: { path: { id } }, body: { ...fields, version } }));
    },
    onSettled: () => client.invalidateQueries({ queryKey: ['regions'] }),
  });
}
