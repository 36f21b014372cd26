import * as v from 'valibot';
import { LocalizedSchema, ScaleSchema } from './definition-schema.js';

const Id = v.pipe(
  v.string(),
  v.regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'must be letters, digits, ".", "_" or "-", starting with a letter or digit'),
  v.maxLength(80),
);

/**
 * A standard scale (医院等级, 电子病历分级, 互联互通成熟度, ...) published once and referenced by
 * checklists as `{ "ref": "<id>@<version>" }`. Each (id, version) is immutable once published.
 */
export const StandardScaleSchema = v.strictObject({
  $schema: v.optional(v.string()),
  id: Id,
  version: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(999999)),
  title: LocalizedSchema,
  description: v.optional(LocalizedSchema),
  levels: ScaleSchema.entries.levels,
});

/** How a checklist names a standard scale instead of copying it: `emr@1`. */
export const SCALE_REF_PATTERN = /^([A-Za-z0-9][A-Za-z0-9._-]*)@([1-9][0-9]{0,5})$/;

/** A checklist's scale entry that points at a published standard scale. Format 1.1. */
export const ScaleRefSchema = v.strictObject({
  ref: v.pipe(v.string(), v.regex(SCALE_REF_PATTERN, 'must be "<standard scale id>@<version>", e.g. "emr@1"')),
});

export type StandardScale = v.InferOutput<typeof StandardScaleSchema>;
export type ScaleRef = v.InferOutput<typeof ScaleRefSchema>;
