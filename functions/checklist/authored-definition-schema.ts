import * as v from 'valibot';
import { DefinitionSchema, ScaleSchema } from './definition-schema.js';
import { ScaleRefSchema } from './standard-scale-schema.js';

const FormEntries = DefinitionSchema.entries.form.entries;

/**
 * A definition as an author writes it: each scale is defined in place or references a published
 * standard scale (`{ "ref": "emr@1" }`), and `form` (or any of its parts) may be left out to be
 * generated from the criteria (`expandDefinition`). Publishing resolves references and generates
 * the form, so what is stored and scored is always a `DefinitionSchema` document; this schema is
 * what editors check against.
 */
export const AuthoredDefinitionSchema = v.strictObject({
  ...DefinitionSchema.entries,
  scales: v.optional(v.record(v.string(), v.union([ScaleSchema, ScaleRefSchema]))),
  form: v.optional(v.strictObject({
    schema: v.optional(FormEntries.schema),
    uischema: v.optional(FormEntries.uischema),
    i18n: FormEntries.i18n,
  })),
});
