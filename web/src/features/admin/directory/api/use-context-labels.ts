import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../../api/client';
import { contextLabels, type ContextLabels } from '../context-labels';

/**
 * The labels of institution context codes, from the newest published version of each institution
 * checklist: one small read (`GET /api/context-fields`, the fields and their codes' labels only)
 * where the page once fetched every whole definition for them. Until it answers, or if it fails,
 * the codes show as they are.
 */
export function useContextLabels() {
  return useQuery<ContextLabels>({
    queryKey: ['checklists', 'context-labels'],
    staleTime: 5 * 60_000,
    queryFn: async () => contextLabels((await unwrap(api.GET('/api/context-fields'))).items),
  });
}
