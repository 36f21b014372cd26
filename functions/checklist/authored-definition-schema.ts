import * as v from 'valibot';
import { DefinitionSchema, ScaleSchema } from './definition-schema.js';
import { ScaleRefSchema } from './standard-scale-schema.js';

/**
 * A definition as an author writes it: each scale is defined in place or references a published
 * standard scale (`{ "ref": "emr@1" }`). Publishing resolves references, so what is stored and
 * scored is always a `DefinitionSchema` document; this schema is what editors check against.
 */
export const AuthoredDefinitionSchema = v.strictObject({
  ...DefinitionSchema.entries,
  scales: v.optional(v.record(v.string(), v.union([ScaleSchema, ScaleRefSchema]))),
});
