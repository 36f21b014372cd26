import type { ChecklistDefinition } from '../checklist/definition-schema.js';
import { pointer, type DefinitionIssue } from '../checklist/definition-issue.js';
import { ROUNDS } from '../checklist/rounds.js';
import { evaluateCondition } from './conditions.js';
import { contextRuleIssues } from './context-rule-issues.js';
import type { AssessmentContext } from './result-types.js';

/** Builds the context checks for one definition: built-in `year` and `round`, plus its declared fields. */
export function checkContext(definition: ChecklistDefinition) {
  const numeric = new Set(['year', ...definition.context.filter((f) => f.kind === 'number').map((f) => f.id)]);

  const normalize = (context: Record<string, unknown>): AssessmentContext => {
    const out: AssessmentContext = {};
    for (const [key, raw] of Object.entries(context)) {
      if (raw === undefined || raw === null || raw === '') continue;
      if (numeric.has(key) && typeof raw === 'string' && raw.trim() !== '' && Number.isFinite(Number(raw))) out[key] = Number(raw);
      else if (typeof raw === 'string' || typeof raw === 'number') out[key] = raw;
    }
    return out;
  };

  const validate = (context: Record<string, unknown>): DefinitionIssue[] => {
    const issues: DefinitionIssue[] = [];
    const report = (key: string, code: string, message: string) => issues.push({ path: pointer(key), code, message });
    const known = new Set(['year', 'round', ...definition.context.map((f) => f.id)]);
    for (const key of Object.keys(context)) if (!known.has(key)) report(key, 'unknown-context', `"${key}" is not a context field of this checklist`);
    const year = context.year;
    if (year !== undefined && (typeof year !== 'number' || !Number.isInteger(year) || year < 2000 || year > 2100)) {
      report('year', 'context-type', 'year must be a whole number between 2000 and 2100');
    }
    if (context.round !== undefined && !(ROUNDS as readonly unknown[]).includes(context.round)) {
      report('round', 'context-value', `round must be one of ${ROUNDS.join(', ')}`);
    }
    const scales = new Map(definition.context.filter((f) => f.kind === 'scale').map((f) => [f.id, definition.scales?.[f.scale ?? '']]));
    const input = {
      context: (key: string) => context[key],
      value: () => undefined,
      rank: (key: string, value: unknown) => {
        const index = scales.get(key)?.levels.findIndex((l) => l.value === value);
        return index === undefined || index < 0 ? undefined : index;
      },
    };
    for (const field of definition.context) {
      const value = context[field.id];
      if (value === undefined || value === null || value === '') {
        const required = field.required || (field.requiredWhen !== undefined && evaluateCondition(field.requiredWhen, input));
        if (required) report(field.id, 'context-required', `${field.label.zh} (${field.id}) is required`);
        continue;
      }
      if (field.kind === 'number' && (typeof value !== 'number' || !Number.isFinite(value))) report(field.id, 'context-type', `${field.id} must be a number`);
      if (field.kind === 'text' && typeof value !== 'string') report(field.id, 'context-type', `${field.id} must be text`);
      const allowed = field.kind === 'enum' ? field.options?.map((o) => o.value) : field.kind === 'scale' && field.scale ? definition.scales?.[field.scale]?.levels.map((l) => l.value) : undefined;
      if (allowed && !allowed.includes(String(value))) report(field.id, 'context-value', `"${String(value)}" is not one of: ${allowed.join(', ')}`);
    }
    const flagged = new Set(issues.map((i) => i.path.slice(1)));
    issues.push(...contextRuleIssues(definition, input, flagged));
    return issues;
  };

  return { normalize, validate };
}
