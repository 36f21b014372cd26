import type { ValidateFunction } from 'ajv';
import type { ChecklistDefinition } from '../checklist/definition-schema.js';
import { listFormFields } from '../checklist/form-fields.js';
import { assembleCompiled, type CompiledChecklist } from './assemble-compiled.js';

/**
 * Compiles a published checklist version without validating the definition again: publishing
 * validated it on the server (`compileChecklist`), and a published version never changes. The
 * caller compiles the form's answer schema (`withDefaultLimits(definition.form.schema)`) with
 * its own Ajv, so the browser can share that one compilation with JSON Forms instead of loading
 * the definition validator (Valibot, every cross-reference check) and compiling the schema twice.
 * Never use it on a definition from anywhere but the server's published store.
 */
export function compilePublished(definition: ChecklistDefinition, answerValidator: ValidateFunction): CompiledChecklist {
  return assembleCompiled(definition, listFormFields(definition.form.schema), answerValidator, []);
}
