import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../../api/client';

/** The newest published version of a checklist with its definition (the start of its next version). */
export function useLatest(id: string | undefined) {
  return useQuery({ queryKey: ['checklist', id, 'latest'], enabled: !!id, queryFn: () => unwrap(api.GET('/api/checklists/{id}', { params: { path: { id: id! } } })) });
}
