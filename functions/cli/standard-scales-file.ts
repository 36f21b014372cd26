import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { StandardScale } from '../checklist/standard-scale-schema.js';
import { validateStandardScale } from '../checklist/validate-standard-scale.js';
import { resolveScaleRefs, scaleLookup } from '../checklist/resolve-scale-refs.js';
import { expandDefinition } from '../checklist/generate-form.js';

/** The standard scales that ship with the repository, published at start-up and used by the CLI. */
export const STANDARD_SCALES_FILE = fileURLToPath(new URL('../../forms/_shared/standard-scales.json', import.meta.url));

/** Reads a file holding a list of standard scale documents; throws naming the first problem of each invalid one. */
export function readStandardScales(file: string = STANDARD_SCALES_FILE): StandardScale[] {
  const list: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(list)) throw new Error(`${file}: expected a list of standard scales`);
  return list.map((entry, index) => {
    const result = validateStandardScale(entry);
    if (!result.ok) throw new Error(`${file} [${index}]: ${result.issues[0]?.path} ${result.issues[0]?.message}`);
    return result.scale;
  });
}

/**
 * A checklist as a file in `forms/` holds it, with its standard scale references expanded from
 * the standard scales file and the parts of its form it leaves out generated, as publishing does;
 * throws when a reference does not resolve.
 */
export function resolvedDefinition(raw: unknown, file: string = STANDARD_SCALES_FILE): unknown {
  const resolved = resolveScaleRefs(raw, scaleLookup(readStandardScales(file)));
  if (!resolved.ok) throw new Error(`unresolved scale references: ${resolved.issues.map((i) => `${i.path} ${i.message}`).join('; ')}`);
  return expandDefinition(resolved.definition);
}
