import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../../api/client';

export type ChecklistSummary = Schemas['ChecklistSummary'];
/** A validation issue as the API sends it; `params` lets the app word it in Chinese (`issueText`). */
export type DefinitionProblem = Schemas['Issue'] & { params?: Record<string, string | number | boolean | (string | number)[]> };
export type DryRunOutcome = Omit<Schemas['DryRun'], 'issues' | 'warnings' | 'sampleIssues'> & {
  issues: DefinitionProblem[];
  warnings?: DefinitionProblem[];
  sampleIssues?: DefinitionProblem[];
  omittedIssues?: number;
};

/** Every version of every checklist, retired ones included (the console's list). */
export function useAllVersions() {
  return useQuery({ queryKey: ['checklists', 'all'], queryFn: () => unwrap(api.GET('/api/checklists', { params: { query: { all: 'true' } } })).then((r) => r.items) });
}

/** Every round the admin sees, to tell which rounds use which version. */
export function useAdminRounds() {
  return useQuery({ queryKey: ['rounds'], queryFn: () => unwrap(api.GET('/api/rounds')).then((r) => r.items) });
}

/** The query of one published version, shared by the pages that read definitions (one cache entry each). */
export function versionQuery(id: string, version: number) {
  return {
    queryKey: ['checklist', id, version],
    staleTime: Infinity,
    queryFn: () => unwrap(api.GET('/api/checklists/{id}', { params: { path: { id }, query: { version: String(version) } } })),
  };
}

/** One published version with its definition; versions are immutable, so it is cached for the session. */
export function useVersion(id: string | undefined, version: number | undefined) {
  return useQuery({ ...versionQuery(id ?? '', version ?? 0), enabled: !!id && !!version });
}

/** Validates a definition and, with a sample, scores it; nothing is stored. */
export function dryRun(definition: Record<string, unknown>, sample?: { context?: Record<string, string | number>; answers?: Record<string, unknown> }) {
  return unwrap(api.POST('/api/checklists/dry-run', { body: { definition, ...(sample ? { sample } : {}) } as never })) as Promise<DryRunOutcome>;
}

/** Publishes a definition as a new immutable version. */
export function publishDefinition(definition: Record<string, unknown>) {
  return unwrap(api.POST('/api/checklists', { body: definition as never }));
}

/** The list refreshes after a publish or a retirement. */
export function useInvalidateChecklists() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ['checklists'] });
}

/** Retires a version, carrying the item version read (a stale one is 409). */
export function retireVersion(id: string, version: number, itemVersion: number) {
  return unwrap(api.POST('/api/checklists/{id}/versions/{version}/retire', { params: { path: { id, version: String(version) } }, body: { itemVersion } }));
}

/** Restores a retired version, carrying the item version read (a stale one is 409, one not retired 400). */
export function restoreVersion(id: string, version: number, itemVersion: number) {
  return unwrap(api.POST('/api/checklists/{id}/versions/{version}/restore', { params: { path: { id, version: String(version) } }, body: { itemVersion } }));
}
