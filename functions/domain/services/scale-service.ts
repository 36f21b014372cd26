import { requireRole } from '../access/access-rules.js';
import { NotFoundError, ValidationError } from '../errors.js';
import type { StandardScaleRecord, StandardScaleSummary } from '../model/standard-scale-record.js';
import type { Principal } from '../ports/token-verifier.js';
import type { ServiceDeps } from './service-deps.js';

const summaryOf = ({ scale: _scale, ...summary }: StandardScaleRecord): StandardScaleSummary => summary;

/** Publishing and reading standard scales, which checklists reference as `{ "ref": "<id>@<version>" }`. */
export function createScaleService(deps: ServiceDeps) {
  const { repos, clock } = deps;
  return {
    /** Publishes a standard scale version; (id, version) is immutable, so a second publish is 409 (admin). */
    async publish(p: Principal, input: unknown): Promise<StandardScaleRecord> {
      requireRole(p, 'admin');
      // Loaded here, not with the module: listing and reading scales never need it (publishing.ts).
      const { validateStandardScale } = await import('../../checklist/publishing.js');
      const check = validateStandardScale(input);
      if (!check.ok) throw new ValidationError('The standard scale is invalid', check.issues, 'invalid-definition');
      const { $schema: _schema, ...scale } = check.scale;
      const record: StandardScaleRecord = {
        id: scale.id, version: scale.version, title: scale.title, scale,
        publishedAt: clock.now().toISOString(), publishedBy: p.username,
      };
      await repos.scales.publish(record);
      return record;
    },

    /** Every version of every standard scale, by id then version. */
    async list(): Promise<StandardScaleSummary[]> {
      return (await repos.scales.listAll()).map(summaryOf);
    },

    /** One version, or the newest version of an id. */
    async get(id: string, version?: number): Promise<StandardScaleRecord> {
      const record = version !== undefined
        ? await repos.scales.get(id, version)
        : (await repos.scales.listAll()).filter((s) => s.id === id).at(-1);
      if (!record) throw new NotFoundError('Standard scale', version === undefined ? id : `${id}@${version}`);
      return record;
    },
  };
}

export type ScaleService = ReturnType<typeof createScaleService>;
