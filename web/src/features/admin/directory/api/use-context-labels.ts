import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../../api/client';
import { contextLabels, type ChecklistContextFields, type ContextLabels } from '../context-labels';

// One select per subject, made once, so React Query keeps each result until the fields change.
const SELECT = {
  institution: (items: readonly ChecklistContextFields[]) => contextLabels(items, 'institution'),
  region: (items: readonly ChecklistContextFields[]) => contextLabels(items, 'region'),
};

/**
 * The labels of institution (or region) context codes, from the newest published version of each
 * checklist of that subject: one small read (`GET /api/context-fields`, the fields and their
 * codes' labels only), shared by both subjects, where the page once fetched every whole definition
 * for them. Until it answers, or if it fails, the codes show as they are.
 */
export function useContextLabels(subject: 'institution' | 'region' = 'institution') {
  return useQuery<readonly ChecklistContextFields[], Error, ContextLabels>({
    queryKey: ['checklists', 'context-fields'],
    staleTime: 5 * 60_000,
    queryFn: async () => (await unwrap(api.GET('/api/context-fields'))).items,
    select: SELECT[subject],
  });
}
