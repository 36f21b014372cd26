import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api, unwrap, type Schemas } from '../../../api/client';
import { compile, type ChecklistDefinition, type CompiledChecklist } from '../../../lib/engine';

export type SubmissionRecord = Schemas['Submission'];

/** A submission as stored (answers, evidence, version for the next write). */
export function useSubmission(id: string | undefined) {
  return useQuery({ queryKey: ['submission', id], enabled: !!id, queryFn: () => unwrap(api.GET('/api/submissions/{id}', { params: { path: { id: id! } } })) });
}

/** One published checklist version; versions are immutable, so it is cached for the session. */
export function useChecklist(id: string | undefined, version: number | undefined) {
  return useQuery({
    queryKey: ['checklist', id, version],
    enabled: !!id && !!version,
    staleTime: Infinity,
    queryFn: () => unwrap(api.GET('/api/checklists/{id}', { params: { path: { id: id! }, query: { version: String(version) } } })),
  });
}

// Published versions are immutable: compile each once per page load, not once per visit to the form.
const compiledCache = new Map<string, CompiledChecklist>();

/** The definition compiled once by the same engine the scorer runs. */
export function useCompiled(definition: unknown): CompiledChecklist | undefined {
  return useMemo(() => {
    if (!definition) return undefined;
    const d = definition as ChecklistDefinition;
    const key = `${d.id}@${d.version}`;
    let compiled = compiledCache.get(key);
    if (!compiled) compiledCache.set(key, (compiled = compile(d)));
    return compiled;
  }, [definition]);
}

/** Saves a draft, carrying the version read; a stale one is refused with 409. */
export function saveSubmission(id: string, body: { version: number; answers: Record<string, unknown>; evidence: Record<string, Schemas['EvidenceFile'][]>; notes?: Record<string, string> }) {
  return unwrap(api.PUT('/api/submissions/{id}', { params: { path: { id } }, body }));
}

/** Submits for scoring. */
export function submitSubmission(id: string, version: number) {
  return unwrap(api.POST('/api/submissions/{id}/submit', { params: { path: { id } }, body: { version } }));
}

/** Reads a submission fresh (after a conflict). */
export function fetchSubmission(id: string) {
  return unwrap(api.GET('/api/submissions/{id}', { params: { path: { id } } }));
}
