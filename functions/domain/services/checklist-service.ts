import type { StandardScale } from '../../checklist/standard-scale-schema.js';
import type { ScoreResult, Submission as EngineSubmission } from '../../scoring/result-types.js';
import { requireRole } from '../access/access-rules.js';
import { InvalidStateError, ValidationError, VersionConflictError, type Issue } from '../errors.js';
import { boundIssues, type BoundedIssues } from '../bounded-issues.js';
import type { ChecklistRecord } from '../model/checklist-record.js';
import type { PreparedChecklist } from '../ports/checklist-engine.js';
import type { Principal } from '../ports/token-verifier.js';
import { createChecklistReader } from './checklist-reader.js';
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

/** Publishing, retiring, restoring and trying out checklist definitions, and reading them (checklist-reader.ts). */
export function createChecklistService(deps: ServiceDeps) {
  const { repos, engine, clock } = deps;

  /**
   * The definition with its standard scale references expanded from the published scales (each
   * a Get; the list only when one is missing, to say which versions exist) and the parts of its
   * form it leaves out generated, or the issues.
   */
  async function withScales(input: unknown): Promise<{ ok: true; definition: unknown } | { ok: false; issues: Issue[] }> {
    // Loaded here, not with the module: reading checklists never needs it (publishing.ts).
    const { expandResolved, resolveScaleRefs, scaleLookup, scaleRefsOf } = await import('../../checklist/publishing.js');
    const uses = scaleRefsOf(input);
    const found: StandardScale[] = [];
    for (const use of uses) {
      const record = await repos.scales.get(use.id, use.version);
      if (record) found.push(record.scale);
    }
    const known = found.length < uses.length ? [...found, ...(await repos.scales.listAll()).map((r) => r.scale)] : found;
    return expandResolved(resolveScaleRefs(input, scaleLookup(known)));
  }

  const reader = createChecklistReader(deps);
  const { get } = reader;

  return {
    ...reader,

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
}

export type ChecklistService = ReturnType<typeof createChecklistService>;
