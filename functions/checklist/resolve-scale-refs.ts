import * as v from 'valibot';
import { pointer, type DefinitionIssue } from './definition-issue.js';
import { issueFrom } from './issue-text.js';
import { SCALE_REF_PATTERN, ScaleRefSchema, type StandardScale } from './standard-scale-schema.js';

/** One scale of a definition that is a reference: its key under `/scales` and the reference. */
export interface ScaleRefUse {
  key: string;
  ref: string;
  id: string;
  version: number;
}

function scalesOf(input: unknown): Record<string, unknown> {
  const scales = typeof input === 'object' && input !== null ? (input as { scales?: unknown }).scales : undefined;
  return typeof scales === 'object' && scales !== null && !Array.isArray(scales) ? (scales as Record<string, unknown>) : {};
}

const isRefEntry = (entry: unknown): entry is { ref: unknown } => typeof entry === 'object' && entry !== null && 'ref' in entry;

/** Every well-formed `{ "ref": "<id>@<version>" }` among a raw definition's scales. */
export function scaleRefsOf(input: unknown): ScaleRefUse[] {
  return Object.entries(scalesOf(input)).flatMap(([key, entry]) => {
    const match = isRefEntry(entry) && typeof entry.ref === 'string' ? SCALE_REF_PATTERN.exec(entry.ref) : null;
    return match ? [{ key, ref: match[0], id: match[1]!, version: Number(match[2]) }] : [];
  });
}

/** Issues for scale entries that look like references but are not `{ "ref": "<id>@<version>" }`. */
function malformedRefs(input: unknown): DefinitionIssue[] {
  return Object.entries(scalesOf(input)).flatMap(([key, entry]) => {
    if (!isRefEntry(entry)) return [];
    const parsed = v.safeParse(ScaleRefSchema, entry);
    return parsed.success ? [] : parsed.issues.map((issue) => ({
      path: pointer('scales', key, ...(issue.path ?? []).map((p) => p.key as string)),
      code: `invalid-${issue.type}`,
      message: issue.message,
    }));
  });
}

/** A definition's scale references that nothing resolved: it cannot be validated or scored as it is. */
export function unresolvedScaleIssues(input: unknown): DefinitionIssue[] {
  const malformed = malformedRefs(input);
  return [...malformed, ...scaleRefsOf(input).map((use) => issueFrom(pointer('scales', use.key, 'ref'), 'unresolved-scale-ref', { ref: use.ref }))];
}

/** Finds a published standard scale; `versions` lists the published versions of an id, for messages. */
export interface StandardScaleLookup {
  get(id: string, version: number): StandardScale | undefined;
  versions(id: string): number[];
}

export type ScaleResolution = { ok: true; definition: unknown } | { ok: false; issues: DefinitionIssue[] };

/**
 * Replaces each `{ "ref": "emr@1" }` under `/scales` by a copy of that standard scale
 * (`{ "standard": "emr@1", "title", "levels" }`), so the published definition is complete and
 * immutable and nothing downstream needs the standard scales. Scales defined in place are kept.
 * A definition without references comes back unchanged (the same object).
 */
export function resolveScaleRefs(input: unknown, lookup: StandardScaleLookup): ScaleResolution {
  const issues = malformedRefs(input);
  const uses = scaleRefsOf(input);
  if (!uses.length) return issues.length ? { ok: false, issues } : { ok: true, definition: input };
  const scales: Record<string, unknown> = { ...scalesOf(input) };
  for (const use of uses) {
    const found = lookup.get(use.id, use.version);
    if (!found) {
      const versions = lookup.versions(use.id).map((n) => `${use.id}@${n}`);
      issues.push(issueFrom(pointer('scales', use.key, 'ref'), 'unknown-standard-scale', { ref: use.ref, ...(versions.length ? { versions } : {}) }));
      continue;
    }
    scales[use.key] = { standard: use.ref, title: found.title, levels: found.levels };
  }
  if (issues.length) return { ok: false, issues };
  return { ok: true, definition: { ...(input as Record<string, unknown>), scales } };
}

/** A lookup over standard scales held in memory (the CLI's `forms/_shared/standard-scales.json`, tests). */
export function scaleLookup(scales: readonly StandardScale[]): StandardScaleLookup {
  return {
    get: (id, version) => scales.find((s) => s.id === id && s.version === version),
    versions: (id) => scales.filter((s) => s.id === id).map((s) => s.version).sort((a, b) => a - b),
  };
}
