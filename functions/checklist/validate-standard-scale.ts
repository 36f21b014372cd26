import * as v from 'valibot';
import { pointer, type DefinitionIssue } from './definition-issue.js';
import { StandardScaleSchema, type StandardScale } from './standard-scale-schema.js';

export type StandardScaleValidation = { ok: true; scale: StandardScale } | { ok: false; issues: DefinitionIssue[] };

/** Validates a standard scale document: its structure, and level values that are unique (levels are ordered by position). */
export function validateStandardScale(input: unknown): StandardScaleValidation {
  const parsed = v.safeParse(StandardScaleSchema, input, { abortEarly: false });
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.issues.map((issue) => ({ path: pointer(...(issue.path ?? []).map((p) => p.key as string | number)), code: `invalid-${issue.type}`, message: issue.message })),
    };
  }
  const seen = new Set<string>();
  const issues: DefinitionIssue[] = [];
  parsed.output.levels.forEach((level, i) => {
    if (seen.has(level.value)) issues.push({ path: pointer('levels', i, 'value'), code: 'duplicate-id', message: `level "${level.value}" is listed more than once` });
    seen.add(level.value);
  });
  return issues.length ? { ok: false, issues } : { ok: true, scale: parsed.output };
}
