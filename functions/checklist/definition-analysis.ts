import * as v from 'valibot';
import type { ValidateFunction } from 'ajv';
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
import { checkOptionWords } from './check-option-words.js';
import { checkTitleNumbers } from './check-title-numbers.js';
import { listFormFields, type FormField } from './form-fields.js';
import { checkDefinitionLimits } from './definition-limits.js';
import { SchemaTooComplexError } from './resolution-budget.js';
import { kindOf } from '../scoring/kinds/index.js';

/**
 * What checks a form's JSON Schema as JSON Schema: its patterns (RE2) and its compilation (Ajv).
 * Passed in rather than imported, so code that only scores published versions (the scoring
 * Lambda) can run every other check without loading Ajv and the RE2 engine.
 */
export interface FormSchemaTools {
  /** Patterns the linear-time engine refuses, at their paths. */
  patternIssues(formSchema: unknown): DefinitionIssue[];
  /** The form's answer validator; throws when the schema does not compile. */
  compile(formSchema: Record<string, unknown>): ValidateFunction;
}

/** A validated definition with its form's fields, and its compiled answer validator when the form was compiled. */
export type DefinitionAnalysisWith<V extends ValidateFunction | undefined> =
  | { ok: true; definition: ChecklistDefinition; fields: Map<string, FormField>; answerValidator: V; warnings: DefinitionIssue[] }
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

/** Every cross-reference check, in order; returns the compiled answer validator when `compile` is given and the schema compiles. */
function crossCheck(ctx: CheckContext, compile?: FormSchemaTools['compile']): ValidateFunction | undefined {
  checkTopLevel(ctx);
  checkContextRules(ctx);
  checkFormatVersion(ctx);
  const answerValidator = checkForm(ctx, compile);
  checkCriteria(ctx);
  checkOptionWords(ctx);
  checkTitleNumbers(ctx);
  return answerValidator;
}

/**
 * The cross-reference problems of a definition whose structure is wrong, so that one pass reports
 * a string target *and* an unknown section. The checks read the input as if it were well formed:
 * a check that trips over a broken part stops there (keeping what it found), and problems in the
 * same list item as a structural problem are left out, since the structural one already says it.
 */
function crossIssuesDespite(input: unknown, structure: DefinitionIssue[]): DefinitionIssue[] {
  const d = input as Partial<ChecklistDefinition> | null;
  if (!d || typeof d !== 'object' || !Array.isArray(d.criteria) || !Array.isArray(d.sections) || !Array.isArray(d.context) || typeof d.form?.schema !== 'object') return [];
  let fields: Map<string, FormField>;
  try {
    fields = listFormFields(d.form.schema);
  } catch {
    return [];
  }
  const ctx = createCheckContext(d as ChecklistDefinition, fields);
  try {
    crossCheck(ctx);
  } catch {
    // A check tripped over a broken part: keep what the checks found before it.
  }
  // A structural problem inside one item of a list (a criterion, a context field, …) makes the whole item unreliable:
  // a criterion with a broken target gets no generated field, so "unknown field" there would only mislead.
  const broken = structure.map((i) => /^\/[^/]+\/\d+/.exec(i.path)?.[0] ?? i.path);
  const near = (path: string) => broken.some((b) => path === b || path.startsWith(`${b}/`) || b.startsWith(`${path}/`));
  return ctx.issues.filter((i) => !near(i.path));
}

/**
 * Validates a definition: first its size (`DEFINITION_LIMITS`), then its structure (Valibot),
 * then every cross-reference; with `tools`, also its form's patterns and schema compilation
 * (`validateDefinition` always passes them). Without them the form's schema is not checked as
 * JSON Schema, which scoring never needs: it reads answers by the form's fields.
 */
export function analyzeDefinitionWith(input: unknown, tools: FormSchemaTools): DefinitionAnalysisWith<ValidateFunction>;
export function analyzeDefinitionWith(input: unknown, tools?: undefined): DefinitionAnalysisWith<undefined>;
export function analyzeDefinitionWith(input: unknown, tools?: FormSchemaTools): DefinitionAnalysisWith<ValidateFunction | undefined> {
  // Limits first: everything after this costs time in proportion to the definition's size.
  const tooLarge = checkDefinitionLimits(input);
  if (tooLarge.length) return { ok: false, issues: tooLarge };
  // A reference to a standard scale is resolved when publishing (or by the CLI); the engine never guesses one.
  const unresolved = unresolvedScaleIssues(input);
  if (unresolved.length) return { ok: false, issues: unresolved };
  // A pattern RE2 refuses would make the form's schema fail to compile: say which and why, at its path.
  const patterns = tools ? tools.patternIssues((input as { form?: { schema?: unknown } } | null)?.form?.schema) : [];
  if (patterns.length) return { ok: false, issues: patterns };
  const parsed = v.safeParse(DefinitionSchema, input, { abortEarly: false });
  if (!parsed.success) {
    const structure = structureIssues(input, parsed.issues);
    return { ok: false, issues: [...structure, ...crossIssuesDespite(input, structure)] };
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
  const answerValidator = crossCheck(ctx, tools?.compile);
  if (ctx.issues.length || (tools && !answerValidator)) return { ok: false, issues: ctx.issues };
  return { ok: true, definition, fields, answerValidator, warnings: ctx.warnings };
}
