import { stringify } from 'safe-stable-stringify';
import { AlreadyExistsError, InvalidStateError, NotFoundError } from '../domain/errors.js';
import type { Principal } from '../domain/ports/token-verifier.js';
import type { createChecklistService } from '../domain/services/checklist-service.js';

type ChecklistService = Pick<ReturnType<typeof createChecklistService>, 'get' | 'publish'>;

/** What one seeding run did. */
export interface SeedingReport {
  /** `id@version` newly published. */
  published: string[];
  /** `id@version` already published with the same content, left untouched. */
  unchanged: string[];
}

/** The principal deployments publish as: it shows up as `publishedBy` and in the audit trail. */
export const DEPLOY_PRINCIPAL: Principal = { sub: 'deploy', username: 'deploy', role: 'admin' };

/** A definition without the status the store adds, in a canonical form that ignores key order. */
function canonical(definition: unknown): string {
  const { status: _status, ...rest } = definition as Record<string, unknown>;
  return stringify(rest) ?? '';
}

function idAndVersion(definition: unknown): { id: string; version: number } | undefined {
  const d = definition as { id?: unknown; version?: unknown };
  return typeof d?.id === 'string' && typeof d.version === 'number' ? { id: d.id, version: d.version } : undefined;
}

/**
 * Publishes each definition through the checklist service (validation, audit entry, conditional
 * write), idempotently: a version that exists with the same content is skipped, so a redeploy
 * touches nothing. A version that exists with *different* content fails the whole run loudly,
 * because published versions are immutable: the form was edited without raising its version.
 * An invalid definition fails the run too (with the service's own 400 details). `expand` gives a
 * definition as publishing stores it (standard scale references expanded, form generated): a
 * stored version is compared with the shipped file both as written and expanded.
 */
export async function publishChecklists(checklists: ChecklistService, definitions: readonly unknown[], expand: (definition: unknown) => unknown = (d) => d): Promise<SeedingReport> {
  const report: SeedingReport = { published: [], unchanged: [] };
  for (const definition of definitions) {
    const key = idAndVersion(definition);
    const existing = key ? await checklists.get(key.id, key.version).catch((error: unknown) => {
      if (error instanceof NotFoundError) return undefined;
      throw error;
    }) : undefined;
    if (key && existing) {
      if (canonical(existing.definition) !== canonical(definition) && canonical(existing.definition) !== canonical(expand(definition))) {
        throw new InvalidStateError(
          `Checklist ${key.id}@${key.version} is already published with different content: publish the change as a new version`,
          { id: key.id, version: key.version },
        );
      }
      report.unchanged.push(`${key.id}@${key.version}`);
      continue;
    }
    try {
      const record = await checklists.publish(DEPLOY_PRINCIPAL, definition);
      report.published.push(`${record.id}@${record.version}`);
    } catch (error) {
      // Another deploy published it between our read and write: same check as above, on a retry.
      if (!(error instanceof AlreadyExistsError && key)) throw error;
      const retry = await publishChecklists(checklists, [definition], expand);
      report.published.push(...retry.published);
      report.unchanged.push(...retry.unchanged);
    }
  }
  return report;
}
