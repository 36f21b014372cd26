import { stringify } from 'safe-stable-stringify';
import { AlreadyExistsError, InvalidStateError } from '../domain/errors.js';
import type { createScaleService } from '../domain/services/scale-service.js';
import { DEPLOY_PRINCIPAL } from './publish-checklists.js';

type ScaleService = Pick<ReturnType<typeof createScaleService>, 'get' | 'publish'>;

/** A scale without its `$schema` (not stored), in a canonical form that ignores key order. */
function canonical(scale: unknown): string {
  const { $schema: _schema, ...rest } = scale as Record<string, unknown>;
  return stringify(rest) ?? '';
}

/**
 * Publishes the standard scales the shipped checklists reference (`forms/_shared/standard-scales.json`),
 * before the checklists, since publishing a checklist expands its references from the published
 * scales. Idempotent like `publishChecklists`: a version already there with the same content is
 * left untouched; one with different content fails the run (published versions are immutable).
 */
export async function publishScales(scales: ScaleService, list: readonly unknown[]): Promise<{ published: string[]; unchanged: string[] }> {
  const report = { published: [] as string[], unchanged: [] as string[] };
  for (const scale of list) {
    try {
      const record = await scales.publish(DEPLOY_PRINCIPAL, scale);
      report.published.push(`${record.id}@${record.version}`);
    } catch (error) {
      if (!(error instanceof AlreadyExistsError)) throw error;
      const { id, version } = scale as { id: string; version: number };
      const existing = await scales.get(id, version);
      if (canonical(existing.scale) !== canonical(scale)) {
        throw new InvalidStateError(`Standard scale ${id}@${version} is already published with different content: publish the change as a new version`, { id, version });
      }
      report.unchanged.push(`${id}@${version}`);
    }
  }
  return report;
}
