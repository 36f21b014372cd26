import { NotFoundError } from '../errors.js';
import type { PreparedChecklist } from '../ports/checklist-engine.js';
import type { ChecklistDefinition } from '../../checklist/definition-schema.js';
import type { ServiceDeps } from './service-deps.js';

/** The published checklist version a submission belongs to, prepared (and cached) for scoring. */
export async function requirePrepared(deps: Pick<ServiceDeps, 'repos' | 'engine'>, id: string, version: number): Promise<PreparedChecklist> {
  const hit = deps.engine.cached(`${id}@${version}`);
  if (hit) return hit;
  const record = await deps.repos.checklists.get(id, version);
  if (!record) throw new NotFoundError('Checklist', `${id}@${version}`);
  return deps.engine.prepare(record.definition as unknown as ChecklistDefinition, `${id}@${version}`);
}
