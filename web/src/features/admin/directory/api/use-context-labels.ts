import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../../api/client';
import { versionQuery } from '../../checklists/api/queries';
import { contextLabels, type ContextDefinition, type ContextLabels } from '../context-labels';

/**
 * The labels of institution context codes, from the newest published version of each institution
 * checklist. Definitions come through the shared per-version cache (immutable, kept for the session),
 * so the directory fetches each at most once and none another page already read; a definition that
 * fails to load only leaves its codes unlabelled.
 */
export function useContextLabels() {
  const client = useQueryClient();
  return useQuery<ContextLabels>({
    queryKey: ['checklists', 'context-labels'],
    staleTime: 5 * 60_000,
    queryFn: async () => {
      const { items } = await unwrap(api.GET('/api/checklists'));
      const wanted = items.filter((c) => c.subject === 'institution').sort((a, b) => a.id.localeCompare(b.id));
      const loaded = await Promise.allSettled(wanted.map((c) => client.fetchQuery(versionQuery(c.id, c.version))));
      return contextLabels(loaded.flatMap((r) => (r.status === 'fulfilled' ? [r.value.definition as ContextDefinition] : [])));
    },
  });
}
