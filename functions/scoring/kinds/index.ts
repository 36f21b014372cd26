import { booleanKind } from './boolean.js';
import { countKind } from './count.js';
import { coverageKind } from './coverage.js';
import type { CriterionKind } from './criterion-kind.js';
import { infoKind } from './info.js';
import { numericKind } from './numeric.js';
import { ordinalKind } from './ordinal.js';

/**
 * Every criterion kind the format knows, by the name a definition gives in `kind`. The one place a
 * kind is added: write `kinds/<kind>.ts` implementing {@link CriterionKind} and list it here; the
 * definition schema, its JSON Schema, the checks, the generated form, the grading and the words
 * all read this registry.
 */
export const CRITERION_KINDS = {
  boolean: booleanKind,
  numeric: numericKind,
  count: countKind,
  ordinal: ordinalKind,
  coverage: coverageKind,
  info: infoKind,
} as const satisfies Record<string, CriterionKind<unknown>>;

export type CriterionKindName = keyof typeof CRITERION_KINDS;

/** The kind names, in the registry's order (the order the docs and the JSON Schema list them in). */
export const KIND_NAMES = Object.keys(CRITERION_KINDS) as [CriterionKindName, ...CriterionKindName[]];

/** The kind a criterion declares. Definitions are validated before use, so the name is always known. */
export function kindOf(name: CriterionKindName): CriterionKind {
  return CRITERION_KINDS[name] as CriterionKind;
}

/** The kinds that take a target (every kind but `info`), with their target shapes. */
export const GRADED_KINDS = KIND_NAMES.filter((name) => CRITERION_KINDS[name].target !== undefined);
