import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../api/client';
import type { Ajv } from 'ajv';
import { compilePublished, withDefaultLimits, type ChecklistDefinition, type CompiledChecklist } from '../../../lib/published-engine';
import { checklistHint, rememberChecklists } from '../../../lib/checklist-hint';
import { loadFormAjv } from '../form-ajv';

export type SubmissionRecord = Schemas['Submission'];

const submissionQuery = (id: string | undefined) =>
  queryOptions({ queryKey: ['submission', id], enabled: !!id, queryFn: () => unwrap(api.GET('/api/submissions/{id}', { params: { path: { id: id! } } })).then(remembered) });

/** `submission`, its checklist version noted for the next opening of the form (`checklist-hint.ts`). */
function remembered<T extends SubmissionRecord>(submission: T): T {
  rememberChecklists([submission]);
  return submission;
}

const checklistQuery = (id: string | undefined, version: number | undefined) =>
  queryOptions({
    queryKey: ['checklist', id, version],
    enabled: !!id && !!version,
    staleTime: Infinity,
    queryFn: () => unwrap(api.GET('/api/checklists/{id}', { params: { path: { id: id! }, query: { version: String(version) } } })),
  });

const preparedFormQuery = (d: ChecklistDefinition | undefined) =>
  queryOptions({
    queryKey: ['prepared-form', d?.id, d?.version],
    enabled: !!d,
    staleTime: Infinity,
    structuralSharing: false,
    retry: false,
    queryFn: () => prepare(d!),
  });

/** A submission as stored (answers, evidence, version for the next write). */
export function useSubmission(id: string | undefined) {
  return useQuery(submissionQuery(id));
}

/** One published checklist version; versions are immutable, so it is cached for the session. */
export function useChecklist(id: string | undefined, version: number | undefined) {
  return useQuery(checklistQuery(id, version));
}

/**
 * Starts the fill page's reads (the submission and its checklist) into the cache while the
 * page's code is still downloading (or takes `early`, the start-up script's reads of them), and
 * prepares the form from them (the same query the page reads), so the page finds them there
 * instead of asking and compiling in turn after it mounts. Failures are left to the page's own
 * queries, which ask again.
 */
export async function prefetchFillData(queryClient: QueryClient, id: string, early?: { submission: Promise<unknown>; checklist: Promise<unknown> }): Promise<void> {
  try {
    // A form seen before on this device: its checklist is asked for beside the submission. Not
    // when the start-up script has done so (`early.checklist` is that read) or this form's reads
    // are already under way (the route's own prefetch after the early one): a second read of the
    // checklist would be the one the page then waits for.
    const underway = !!queryClient.getQueryState(submissionQuery(id).queryKey);
    const hint = early || underway ? undefined : checklistHint(id);
    if (hint) void queryClient.prefetchQuery(checklistQuery(hint.checklistId, hint.checklistVersion));
    const submission = remembered(await queryClient.fetchQuery(withEarly(submissionQuery(id), early?.submission)));
    const checklist = await queryClient.fetchQuery(withEarly(checklistQuery(submission.checklistId, submission.checklistVersion), early?.checklist));
    // Compiling the form (Ajv) while the page's code may still be on its way, not after it mounts.
    await queryClient.prefetchQuery(preparedFormQuery(checklist.definition as ChecklistDefinition));
  } catch {
    // The page shows the error when its own query fails.
  }
}

/**
 * `options` answered by a read the start-up script already sent (`app/early-start.ts`), the same
 * request the query would make; should that one fail (an expired token, offline), the query asks
 * itself, with the client's refresh-on-401.
 */
function withEarly<T extends { queryFn?: unknown }>(options: T, early: Promise<unknown> | undefined): T {
  if (!early) return options;
  const own = options.queryFn as (context: never) => Promise<unknown>;
  return { ...options, queryFn: (context: never) => early.catch(() => own(context)) };
}

/** A published checklist ready to fill: compiled, and its form schema compiled once for both the engine and JSON Forms. */
export interface PreparedForm {
  compiled: CompiledChecklist;
  /** The Ajv JSON Forms validates with; it already holds `schema` compiled. */
  ajv: Ajv;
  /** The form's schema with the server's default limits, the very object compiled (so JSON Forms' compile is a cache hit). */
  schema: Record<string, unknown>;
}

async function prepare(definition: ChecklistDefinition): Promise<PreparedForm> {
  const schema = withDefaultLimits(definition.form.schema as Record<string, unknown>);
  const ajv = await loadFormAjv(schema);
  // The server validated this definition when it was published: only the answers validator is
  // compiled here, once, and shared with JSON Forms (Ajv caches compiled schemas by object).
  return { compiled: compilePublished(definition, ajv.compile(schema)), ajv, schema };
}

/**
 * The published definition prepared once per checklist version (versions are immutable) by the
 * engine the scorer runs.
 */
export function usePreparedForm(definition: unknown) {
  return useQuery(preparedFormQuery(definition as ChecklistDefinition | undefined));
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
