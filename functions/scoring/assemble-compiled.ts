import type { ValidateFunction } from 'ajv';
import type { ChecklistDefinition, Scale } from '../checklist/definition-schema.js';
import type { DefinitionIssue, IssueParam } from '../checklist/definition-issue.js';
import type { FormField } from '../checklist/form-fields.js';
import { ANSWER_LIMITS, exceedsValueBudget } from '../checklist/answer-limits.js';
import { evaluateUnchecked, prepareDerived, type PreparedDerived } from './read-values.js';
import { formatNumber } from './words.js';
import { englishQuantity } from './unit-words.js';
import { checkContext } from './check-context-values.js';
import type { AssessmentContext } from './result-types.js';

/** A definition validated once and prepared to score many submissions. */
export interface CompiledChecklist {
  readonly definition: ChecklistDefinition;
  readonly derived: ReadonlyMap<string, PreparedDerived>;
  readonly scales: ReadonlyMap<string, Scale>;
  /** Accepted, but worth fixing before publishing (e.g. a veto without its basis). */
  readonly warnings: readonly DefinitionIssue[];
  /** Problems with form answers against the form's JSON Schema, with JSON Pointer paths into the answers. */
  validateAnswers(answers: unknown): DefinitionIssue[];
  /** Problems with a context (unknown options, wrong types); see also `normalizeContext`. */
  validateContext(context: Record<string, unknown>): DefinitionIssue[];
  /** Coerces string numbers (from flags or query strings) and drops empty values; the context itself when nothing changes (treat as read-only). */
  normalizeContext(context: Record<string, unknown>): AssessmentContext;
}

function answerIssues(validate: ValidateFunction, answers: unknown): DefinitionIssue[] {
  if (validate(answers)) return [];
  return (validate.errors ?? []).map((e) => {
    // A missing answer is reported at the field that is missing, not at its parent object.
    const missing = e.keyword === 'required' ? (e.params as { missingProperty?: string }).missingProperty : undefined;
    // The bound or type broken, so a client can say "不能小于 0" in its own words, not Ajv's.
    const { limit, type } = e.params as { limit?: unknown; type?: unknown };
    const params: Record<string, IssueParam> | undefined = typeof limit === 'number' ? { limit } : typeof type === 'string' ? { type } : undefined;
    return {
      path: missing ? `${e.instancePath}/${missing}` : e.instancePath || '/',
      code: `answer-${e.keyword}`,
      message: e.message ?? 'invalid',
      ...(params && { params }),
    };
  });
}

/** Answers under keys the form does not declare (a typo, or junk): reported, never stored silently. */
function unknownKeyIssues(fields: ReadonlyMap<string, FormField>, answers: unknown): DefinitionIssue[] {
  const issues: DefinitionIssue[] = [];
  const walk = (node: unknown, path: string) => {
    if (typeof node !== 'object' || node === null || Array.isArray(node)) return;
    for (const [key, value] of Object.entries(node)) {
      const child = path ? `${path}.${key}` : key;
      const field = fields.get(child);
      if (!field) issues.push({ path: `/${child.split('.').join('/')}`, code: 'answer-unknown', message: `"${child}" is not a field of this checklist's form` });
      else if (field.type === 'object') walk(value, child);
    }
  };
  walk(answers, '');
  return issues;
}

/** Derived values whose answers contradict each other (a share above 100%), located at their first input. */
function rangeIssues(derived: Iterable<PreparedDerived>, answers: unknown): DefinitionIssue[] {
  if (typeof answers !== 'object' || answers === null) return [];
  const issues: DefinitionIssue[] = [];
  for (const prepared of derived) {
    const { range, title, unit } = prepared.definition;
    if (!range) continue;
    const value = evaluateUnchecked(prepared, answers as Record<string, unknown>);
    if (value === undefined) continue;
    if ((range.min === undefined || value >= range.min - 1e-9) && (range.max === undefined || value <= range.max + 1e-9)) continue;
    const span = `${range.min ?? '−∞'}–${range.max ?? '∞'}`;
    const shown = formatNumber(value);
    issues.push({
      path: `/${(prepared.inputs[0] ?? '').split('.').join('/')}`,
      code: 'answer-inconsistent',
      message: `${title.zh}按所填数据计算为${shown}${unit?.zh ?? ''}，超出${span}${unit?.zh ?? ''}：请核对 ${prepared.inputs.join('、')} (${title.en ?? title.zh} works out at ${englishQuantity(shown, unit, Number(shown))}, outside ${englishQuantity(span, unit)})`,
    });
  }
  return issues;
}

function tooManyValues(): DefinitionIssue {
  return { path: '/', code: 'answer-too-large', message: `an answer set may hold at most ${ANSWER_LIMITS.maxValues} values (counting every item of every list)` };
}

/**
 * Builds the compiled checklist from a definition already validated, its form's fields and its
 * compiled answer validator; shared by `compileChecklist` (which validates first) and
 * `compilePublished` (for a definition the server validated when it was published).
 */
export function assembleCompiled(definition: ChecklistDefinition, fields: ReadonlyMap<string, FormField>, validate: ValidateFunction, warnings: readonly DefinitionIssue[]): CompiledChecklist {
  const context = checkContext(definition);
  const derived = new Map((definition.derived ?? []).map((d) => [d.id, prepareDerived(d)]));
  return Object.freeze({
    definition,
    derived,
    scales: new Map(Object.entries(definition.scales ?? {})),
    warnings,
    validateAnswers: (answers: unknown) => {
      // Looking at every value of a huge answer set is the cost being avoided: one issue, nothing else checked.
      if (exceedsValueBudget(answers)) return [tooManyValues()];
      return [...answerIssues(validate, answers), ...unknownKeyIssues(fields, answers), ...rangeIssues(derived.values(), answers)];
    },
    validateContext: context.validate,
    normalizeContext: context.normalize,
  });
}
