import { resolveScaleRefs, scaleLookup } from '../../../../functions/checklist/resolve-scale-refs.js';
import type { StandardScale } from '../../../../functions/checklist/standard-scale-schema.js';
import type { ChecklistDefinition } from '../../lib/engine.js';

const raw = import.meta.glob<unknown>('../../../../forms/*/checklist.json', { eager: true, import: 'default' });
const scales = Object.values(import.meta.glob<StandardScale[]>('../../../../forms/_shared/standard-scales.json', { eager: true, import: 'default' }))[0]!;

/**
 * The checklists in `forms/` by file path, as the API serves them once published: standard scale
 * references expanded (the browser never sees a reference).
 */
export const repoChecklists: Record<string, ChecklistDefinition> = Object.fromEntries(
  Object.entries(raw).map(([path, definition]) => {
    const resolved = resolveScaleRefs(definition, scaleLookup(scales));
    if (!resolved.ok) throw new Error(`${path}: ${resolved.issues.map((i) => i.message).join('; ')}`);
    return [path, resolved.definition as ChecklistDefinition];
  }),
);
