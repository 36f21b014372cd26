import type { ChecklistDefinition } from '../checklist/definition-schema.js';
import { pointer, type DefinitionIssue } from '../checklist/definition-issue.js';
import { ROUNDS } from '../checklist/rounds.js';
import { evaluateCondition, type ConditionInput } from './conditions.js';
import { contextRuleChecks } from './context-rule-issues.js';
import type { AssessmentContext } from './result-types.js';

/** A context as conditions read it (no answers), scale-typed fields by their levels' order. */
class ContextInput implements ConditionInput {
  constructor(
    private readonly values: Record<string, unknown>,
    private readonly ranks: ReadonlyMap<string, string[] | undefined>,
  ) {}

  context(key: string): unknown {
    return this.values[key];
  }

  value(): unknown {
    return undefined;
  }

  rank(key: string, value: unknown): number | undefined {
    const index = this.ranks.get(key)?.indexOf(value as string);
    return index === undefined || index < 0 ? undefined : index;
  }
}

const issueAt = (key: string, code: string, message: string): DefinitionIssue => ({ path: pointer(key), code, message });
const NONE_FLAGGED: ReadonlySet<string> = new Set();

/** Builds the context checks for one definition: built-in `year` and `round`, plus its declared fields. */
export function checkContext(definition: ChecklistDefinition) {
  const numeric = new Set(['year', ...definition.context.filter((f) => f.kind === 'number').map((f) => f.id)]);

  /** Whether `normalize` would change nothing (the usual case: a stored, already normalized context). */
  const isNormal = (context: Record<string, unknown>): boolean => {
    for (const key in context) {
      if (!Object.hasOwn(context, key)) return false;
      const raw = context[key];
      if (typeof raw === 'number') continue;
      if (typeof raw !== 'string' || raw === '' || (numeric.has(key) && raw.trim() !== '' && Number.isFinite(Number(raw)))) return false;
    }
    return true;
  };

  // Returns the context itself when there is nothing to change (no copy per score); callers
  // treat what it returns as read-only.
  const normalize = (context: Record<string, unknown>): AssessmentContext => {
    if (isNormal(context)) return context as AssessmentContext;
    const out: AssessmentContext = {};
    for (const [key, raw] of Object.entries(context)) {
      if (raw === undefined || raw === null || raw === '') continue;
      if (numeric.has(key) && typeof raw === 'string' && raw.trim() !== '' && Number.isFinite(Number(raw))) out[key] = Number(raw);
      else if (typeof raw === 'string' || typeof raw === 'number') out[key] = raw;
    }
    return out;
  };

  // Everything that depends on the definition alone is worked out once: this runs on every score.
  const known = new Set(['year', 'round', ...definition.context.map((f) => f.id)]);
  const ranks = new Map(definition.context.filter((f) => f.kind === 'scale').map((f) => [f.id, definition.scales?.[f.scale ?? '']?.levels.map((l) => l.value)]));
  const allowedOf = definition.context.map((field) =>
    field.kind === 'enum' ? field.options?.map((o) => o.value) : field.kind === 'scale' && field.scale ? definition.scales?.[field.scale]?.levels.map((l) => l.value) : undefined);
  const rules = contextRuleChecks(definition);

  const validate = (context: Record<string, unknown>): DefinitionIssue[] => {
    const issues: DefinitionIssue[] = [];
    for (const key in context) if (Object.hasOwn(context, key) && !known.has(key)) issues.push(issueAt(key, 'unknown-context', `"${key}" is not a context field of this checklist`));
    const year = context.year;
    if (year !== undefined && (typeof year !== 'number' || !Number.isInteger(year) || year < 2000 || year > 2100)) {
      issues.push(issueAt('year', 'context-type', 'year must be a whole number between 2000 and 2100'));
    }
    if (context.round !== undefined && !(ROUNDS as readonly unknown[]).includes(context.round)) {
      issues.push(issueAt('round', 'context-value', `round must be one of ${ROUNDS.join(', ')}`));
    }
    const input = new ContextInput(context, ranks);
    for (let f = 0; f < definition.context.length; f++) {
      const field = definition.context[f]!;
      const value = context[field.id];
      if (value === undefined || value === null || value === '') {
        const required = field.required || (field.requiredWhen !== undefined && evaluateCondition(field.requiredWhen, input));
        if (required) issues.push(issueAt(field.id, 'context-required', `${field.label.zh} (${field.id}) is required`));
        continue;
      }
      if (field.kind === 'number' && (typeof value !== 'number' || !Number.isFinite(value))) issues.push(issueAt(field.id, 'context-type', `${field.id} must be a number`));
      if (field.kind === 'text' && typeof value !== 'string') issues.push(issueAt(field.id, 'context-type', `${field.id} must be text`));
      const allowed = allowedOf[f];
      if (allowed && !allowed.includes(String(value))) issues.push(issueAt(field.id, 'context-value', `"${String(value)}" is not one of: ${allowed.join(', ')}`));
    }
    const flagged = issues.length ? new Set(issues.map((i) => i.path.slice(1))) : NONE_FLAGGED;
    const broken = rules(input, flagged);
    if (broken.length) issues.push(...broken);
    return issues;
  };

  return { normalize, validate };
}
