import { resolveScaleRefs, scaleLookup, scaleRefsOf } from '../../checklist/resolve-scale-refs.js';
import { expandResolved } from '../../checklist/generate-form.js';
import type { StandardScale } from '../../checklist/standard-scale-schema.js';
import type { ScoreResult, Submission as EngineSubmission } from '../../scoring/result-types.js';
import { requireRole } from '../access/access-rules.js';
import { InvalidStateError, NotFoundError, ValidationError, VersionConflictError, type Issue } from '../errors.js';
import { boundIssues, type BoundedIssues } from '../bounded-issues.js';
import type { ChecklistRecord, ChecklistSummary } from '../model/checklist-record.js';
import type { PreparedChecklist } from '../ports/checklist-engine.js';
import type { Principal } from '../ports/token-verifier.js';
import { contextFieldsOf, type ChecklistContextFields, type ContextFieldInfo } from './context-fields.js';
import { subjectOf } from './round-participants.js';
import type { ServiceDeps } from './service-deps.js';

/** A dry run's outcome: the definition's problems, or the sample's problems and score (each list capped as in `boundIssues`). */
export interface DryRunResult {
  valid: boolean;
  issues: Issue[];
  /** Accepted, but worth fixing before publishing (see `forms/README.md`). */
  warnings?: Issue[];
  omittedIssues?: number;
  sampleIssues?: Issue[];
  omittedSampleIssues?: number;
  result?: ScoreResult;
  /** When valid: the definition as it would be published (scale references expanded, form generated), for a preview. */
  definition?: Record<string, unknown>;
}

/** Publishing, listing, retiring, restoring and trying out checklist definitions. */
export function createChecklistService(deps: ServiceDeps) {
  const { repos, engine, clock } = deps;

  /**
   * The definition with its standard scale references expanded from the published scales (each
   * a Get; the list only when one is missing, to say which versions exist) and the parts of its
   * form it leaves out generated, or the issues.
   */
  async function withScales(input: unknown): Promise<{ ok: true; definition: unknown } | { ok: false; issues: Issue[] }> {
    const uses = scaleRefsOf(input);
    const found: StandardScale[] = [];
    for (const use of uses) {
      const record = await repos.scales.get(use.id, use.version);
      if (record) found.push(record.scale);
    }
    const known = found.length < uses.length ? [...found, ...(await repos.scales.listAll()).map((r) => r.scale)] : found;
    return expandResolved(resolveScaleRefs(input, scaleLookup(known)));
  }

  const withSubject = (record: ChecklistRecord): ChecklistRecord => (record.subject ? record : { ...record, subject: subjectOf(record.definition) });

  /**
   * Summaries stored before `subject` was copied into them lack it: each such version is read
   * once (a Get) for its definition's subject. Versions published since carry it.
   */
  async function summariesWithSubject(list: ChecklistSummary[]): Promise<ChecklistSummary[]> {
    return Promise.all(
      list.map(async (s) => {
        if (s.subject) return s;
        const record = await repos.checklists.get(s.id, s.version);
        return { ...s, subject: record ? subjectOf(record.definition) : 'institution' };
      }),
    );
  }

  async function get(id: string, version?: number): Promise<ChecklistRecord> {
    if (version !== undefined) {
      const record = await repos.checklists.get(id, version);
      if (!record) throw new NotFoundError('Checklist', `${id}@${version}`);
      return withSubject(record);
    }
    const newest = (await repos.checklists.listVersions(id)).find((s) => s.status === 'published');
    const record = newest && (await repos.checklists.get(id, newest.version));
    if (!record) throw new NotFoundError('Checklist', id);
    return withSubject(record);
  }

  /**
   * Context fields per published version (`id@version`): versions are immutable, so a warm
   * instance reads each definition once. Bounded: emptied when it would hold more than this.
   */
  const contextFieldsMemo = new Map<string, ContextFieldInfo[]>();
  const CONTEXT_FIELDS_MEMO_MAX = 256;

  const service = {
    get,

    /** The published checklist versions, newest version of each id (or every version). */
    async list(options: { allVersions?: boolean } = {}): Promise<ChecklistSummary[]> {
      const all = await deps.repos.checklists.listAll();
      if (options.allVersions) return summariesWithSubject(all);
      const newest = new Map<string, ChecklistSummary>();
      for (const s of all) {
        if (s.status !== 'published') continue;
        const seen = newest.get(s.id);
        if (!seen || seen.version < s.version) newest.set(s.id, s);
      }
      return summariesWithSubject([...newest.values()].sort((a, b) => a.id.localeCompare(b.id)));
    },

    /**
     * The context fields (names, labels, the labels of their codes) of the newest published
     * version of each checklist: what a page needs to label context values without fetching whole
     * definitions. One Get per version not yet read by this instance.
     */
    async contextFields(): Promise<ChecklistContextFields[]> {
      const newest = await service.list();
      return Promise.all(
        newest.map(async (summary) => {
          const key = `${summary.id}@${summary.version}`;
          let fields = contextFieldsMemo.get(key);
          if (!fields) {
            fields = contextFieldsOf((await get(summary.id, summary.version)).definition);
            if (contextFieldsMemo.size >= CONTEXT_FIELDS_MEMO_MAX) contextFieldsMemo.clear();
            contextFieldsMemo.set(key, fields);
          }
          return { checklistId: summary.id, version: summary.version, subject: summary.subject ?? 'institution', title: summary.title, fields };
        }),
      );
    },

    /** Every version of one checklist, newest first, retired ones included. */
    async versions(id: string): Promise<ChecklistSummary[]> {
      const all = await repos.checklists.listVersions(id);
      if (!all.length) throw new NotFoundError('Checklist', id);
      return summariesWithSubject(all);
    },

    /** Publishes a definition as a new immutable version (admin). */
    async publish(p: Principal, input: unknown): Promise<ChecklistRecord> {
      requireRole(p, 'admin');
      const resolved = await withScales(input);
      if (!resolved.ok) throw new ValidationError('The checklist definition is invalid', resolved.issues, 'invalid-definition');
      // One validation and one compilation: `prepare` checks limits and structure first and throws
      // `ValidationError` listing every problem; compiling twice doubled the cost of a huge definition.
      const { definition } = await engine.prepare(resolved.definition);
      const now = clock.now().toISOString();
      const record: ChecklistRecord = {
        id: definition.id,
        version: definition.version,
        status: 'published',
        title: definition.title,
        subject: definition.subject,
        // Stored expanded: a published version never depends on another item to be read or scored.
        definition: { ...(resolved.definition as Record<string, unknown>), status: 'published' },
        publishedAt: now,
        publishedBy: p.username,
        itemVersion: 1,
        audit: [{ at: now, by: p.username, action: 'publish', version: 1 }],
      };
      await repos.checklists.publish(record);
      return record;
    },

    /** Retires a version: it stays readable (rounds use it) but leaves the list (admin). */
    async retire(p: Principal, id: string, version: number, expectedItemVersion?: number): Promise<ChecklistRecord> {
      requireRole(p, 'admin');
      const current = await get(id, version);
      if (expectedItemVersion !== undefined && expectedItemVersion !== current.itemVersion) {
        throw new VersionConflictError('Checklist version', `${id}@${version}`, expectedItemVersion);
      }
      // Retiring is a state change, not a touch: doing it twice would only add a false audit entry.
      if (current.status === 'retired') throw new InvalidStateError(`Checklist ${id}@${version} is already retired`, { status: current.status });
      const at = clock.now().toISOString();
      const next: ChecklistRecord = {
        ...current,
        status: 'retired',
        itemVersion: current.itemVersion + 1,
        statusChange: { action: 'retire', at, by: p.username },
        audit: [...current.audit, { at, by: p.username, action: 'retire', version: current.itemVersion + 1, changes: { status: [current.status, 'retired'] } }],
      };
      await repos.checklists.replace(next, current.itemVersion);
      return next;
    },

    /**
     * Puts a retired version back in the list (admin): one conditional write on the item version
     * read, so a retire or restore by someone else meanwhile is a 409, never a lost change. A
     * version that is published (never retired) has nothing to restore: 400.
     */
    async restore(p: Principal, id: string, version: number, expectedItemVersion?: number): Promise<ChecklistRecord> {
      requireRole(p, 'admin');
      const current = await get(id, version);
      if (expectedItemVersion !== undefined && expectedItemVersion !== current.itemVersion) {
        throw new VersionConflictError('Checklist version', `${id}@${version}`, expectedItemVersion);
      }
      if (current.status !== 'retired') {
        throw new ValidationError(`Checklist ${id}@${version} is published, not retired: there is nothing to restore`, [
          { path: '/version', code: 'not-retired', message: `${id}@${version} is not retired`, params: { status: current.status } },
        ], 'invalid-parameter');
      }
      const at = clock.now().toISOString();
      const next: ChecklistRecord = {
        ...current,
        status: 'published',
        itemVersion: current.itemVersion + 1,
        statusChange: { action: 'restore', at, by: p.username },
        audit: [...current.audit, { at, by: p.username, action: 'restore', version: current.itemVersion + 1, changes: { status: ['retired', 'published'] } }],
      };
      await repos.checklists.replace(next, current.itemVersion);
      return next;
    },

    /** Validates a definition and scores a sample with it, storing nothing (admin). */
    async dryRun(p: Principal, input: { definition: unknown; sample?: EngineSubmission }): Promise<DryRunResult> {
      requireRole(p, 'admin');
      const resolved = await withScales(input.definition);
      if (!resolved.ok) return { valid: false, ...boundIssues(resolved.issues) };
      let prepared: PreparedChecklist;
      try {
        prepared = await engine.prepare(resolved.definition);
      } catch (error) {
        if (error instanceof ValidationError) return { valid: false, ...(error.details as BoundedIssues) };
        throw error;
      }
      const warnings = [...prepared.warnings];
      const definition = resolved.definition as Record<string, unknown>;
      if (!input.sample) return { valid: true, issues: [], warnings, definition };
      const context = prepared.normalizeContext(input.sample.context ?? {});
      const sample = boundIssues([...prepared.validateContext(context), ...prepared.validateAnswers(input.sample.answers ?? {})]);
      const result = engine.score(prepared, { ...input.sample, context, answers: input.sample.answers ?? {} });
      return { valid: true, issues: [], warnings, sampleIssues: sample.issues, ...(sample.omittedIssues ? { omittedSampleIssues: sample.omittedIssues } : {}), result, definition };
    },
  };
  return service;
}

export type ChecklistService = ReturnType<typeof createChecklistService>;
