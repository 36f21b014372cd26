import * as v from 'valibot';
import { DefinitionSchema, type ChecklistDefinition } from './definition-schema.js';
import type { DefinitionIssue } from './definition-issue.js';
import { structureIssues } from './structure-issues.js';
import { unresolvedScaleIssues } from './resolve-scale-refs.js';
import { checkUnique, createCheckContext, BUILT_IN_CONTEXT, type CheckContext } from './check-context.js';
import { checkCondition } from './check-conditions.js';
import { checkCriteria } from './check-criteria.js';
import { checkContextRules } from './check-context-rules.js';
import { checkFormatVersion } from './check-format-version.js';
import { checkForm } from './check-form.js';
import { listFormFields, type FormField } from './form-fields.js';
import type { ValidateFunction } from 'ajv';
import { checkDefinitionLimits } from './definition-limits.js';
import { checkFormPatterns } from './check-patterns.js';
import { SchemaTooComplexError } from './resolution-budget.js';
import { kindOf } from '../scoring/kinds/index.js';

export type DefinitionValidation =
  | { ok: true; definition: ChecklistDefinition; warnings: DefinitionIssue[] }
  | { ok: false; issues: DefinitionIssue[] };

function checkTopLevel(ctx: CheckContext): void {
  const d = ctx.definition;
  if (d.plan.years.from > d.plan.years.to) ctx.report('years', 'plan.years.from is after plan.years.to', 'plan', 'years');
  checkUnique(ctx, d.sections.map((s) => s.id), 'section', 'sections');
  checkUnique(ctx, d.criteria.map((c) => c.id), 'criterion', 'criteria');
  checkUnique(ctx, (d.derived ?? []).map((x) => x.id), 'derived value', 'derived');
  checkUnique(ctx, d.context.map((c) => c.id), 'context field', 'context');
  checkUnique(ctx, d.bands.map((b) => b.id), 'band', 'bands');
  for (const [id, scale] of Object.entries(d.scales ?? {})) checkUnique(ctx, scale.levels.map((l) => l.value), `scale "${id}" level`, 'scales', id, 'levels');
  d.context.forEach((field, i) => {
    if ((BUILT_IN_CONTEXT as readonly string[]).includes(field.id)) ctx.report('built-in-context', `"${field.id}" is built in and must not be redeclared`, 'context', i, 'id');
    if (field.kind === 'enum' && !field.options?.length) ctx.report('missing-options', 'an enum context field needs options', 'context', i);
    if (field.kind === 'scale' && (!field.scale || !d.scales?.[field.scale])) ctx.report('unknown-scale', `scale "${field.scale ?? ''}" is not defined in /scales`, 'context', i, 'scale');
    if (field.requiredWhen) {
      checkCondition(ctx, field.requiredWhen, 'context', i, 'requiredWhen');
      if (JSON.stringify(field.requiredWhen).includes('"values"')) ctx.report('context-condition', 'requiredWhen may only test other context fields', 'context', i, 'requiredWhen');
    }
  });
  if (!d.bands.some((b) => b.min === 0)) ctx.report('bands', 'one band must start at 0 so every total earns a band', 'bands');
  if (d.vetoBand && !d.bands.some((b) => b.id === d.vetoBand)) ctx.report('unknown-band', `vetoBand "${d.vetoBand}" is not a band`, 'vetoBand');
  if (!d.criteria.some((c) => kindOf(c.kind).target !== undefined && (c.weight ?? 1) > 0)) ctx.report('no-points', 'at least one criterion must carry points', 'criteria');
}

/** A validated definition with what validating it already built: its form's fields and compiled answer validator. */
export type DefinitionAnalysis =
  | { ok: true; definition: ChecklistDefinition; fields: Map<string, FormField>; answerValidator: ValidateFunction; warnings: DefinitionIssue[] }
  | { ok: false; issues: DefinitionIssue[] };

/**
 * Validates a checklist definition: first its size (`DEFINITION_LIMITS`), then its structure (Valibot), then every cross-reference.
 * Returns all problems at once, each with a JSON Pointer, so an administrator can fix them in one pass;
 * a valid definition may still carry `warnings` (things format 1 accepts but a new definition should fix).
 */
export function validateDefinition(input: unknown): DefinitionValidation {
  const analysis = analyzeDefinition(input);
  return analysis.ok ? { ok: true, definition: analysis.definition, warnings: analysis.warnings } : analysis;
}

/** `validateDefinition`, keeping the fields and compiled validator for `compileChecklist`. */
export function analyzeDefinition(input: unknown): DefinitionAnalysis {
  // Limits first: everything after this costs time in proportion to the definition's size.
  const tooLarge = checkDefinitionLimits(input);
  if (tooLarge.length) return { ok: false, issues: tooLarge };
  // A reference to a standard scale is resolved when publishing (or by the CLI); the engine never guesses one.
  const unresolved = unresolvedScaleIssues(input);
  if (unresolved.length) return { ok: false, issues: unresolved };
  // A pattern RE2 refuses would make the form's schema fail to compile: say which and why, at its path.
  const patterns = checkFormPatterns((input as { form?: { schema?: unknown } } | null)?.form?.schema);
  if (patterns.length) return { ok: false, issues: patterns };
  const parsed = v.safeParse(DefinitionSchema, input, { abortEarly: false });
  if (!parsed.success) {
    return { ok: false, issues: structureIssues(input, parsed.issues) };
  }
  const definition = parsed.output;
  let fields: Map<string, FormField>;
  try {
    fields = listFormFields(definition.form.schema);
  } catch (error) {
    // A $ref chain or branching the field listing refuses is the author's to fix, not a server error.
    if (error instanceof SchemaTooComplexError) return { ok: false, issues: [{ path: '/form/schema', code: 'form-too-complex', message: error.message }] };
    throw error;
  }
  const ctx = createCheckContext(definition, fields);
  checkTopLevel(ctx);
  checkContextRules(ctx);
  checkFormatVersion(ctx);
  const answerValidator = checkForm(ctx);
  checkCriteria(ctx);
  if (ctx.issues.length || !answerValidator) return { ok: false, issues: ctx.issues };
  return { ok: true, definition, fields, answerValidator, warnings: ctx.warnings };
}
