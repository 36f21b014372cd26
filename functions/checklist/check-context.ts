import type { ChecklistDefinition } from './definition-schema.js';
import { pointer, type DefinitionIssue, type IssueParam } from './definition-issue.js';
import { issueFrom } from './issue-text.js';
import type { FormField } from './form-fields.js';

/** Context fields every checklist has without declaring them. */
export const BUILT_IN_CONTEXT = ['year', 'round'] as const;
export { ROUNDS } from './rounds.js';

/** Everything the cross-reference checks need to know about one definition. */
export interface CheckContext {
  definition: ChecklistDefinition;
  fields: Map<string, FormField>;
  derivedIds: Set<string>;
  issues: DefinitionIssue[];
  /** Problems that do not make the definition invalid (format 1 keeps accepting them) but should be fixed. */
  warnings: DefinitionIssue[];
  report(code: string, message: string, ...path: (string | number)[]): void;
  warn(code: string, message: string, ...path: (string | number)[]): void;
  /** Reports an issue worded from its code and params (`issue-text.ts`), in both languages. */
  issue(code: string, params: Record<string, IssueParam>, ...path: (string | number)[]): void;
  /** A warning worded from its code and params, like `issue`. */
  warnIssue(code: string, params: Record<string, IssueParam>, ...path: (string | number)[]): void;
}

export function createCheckContext(definition: ChecklistDefinition, fields: Map<string, FormField>): CheckContext {
  const issues: DefinitionIssue[] = [];
  const warnings: DefinitionIssue[] = [];
  return {
    definition,
    fields,
    derivedIds: new Set((definition.derived ?? []).map((d) => d.id)),
    issues,
    warnings,
    report(code, message, ...path) {
      issues.push({ path: pointer(...path), code, message });
    },
    warn(code, message, ...path) {
      warnings.push({ path: pointer(...path), code, message });
    },
    issue(code, params, ...path) {
      issues.push(issueFrom(pointer(...path), code, params));
    },
    warnIssue(code, params, ...path) {
      warnings.push(issueFrom(pointer(...path), code, params));
    },
  };
}

/** Reports each id that appears more than once in a list. */
export function checkUnique(ctx: CheckContext, ids: string[], what: string, ...path: (string | number)[]): void {
  const seen = new Set<string>();
  ids.forEach((id, index) => {
    if (seen.has(id)) ctx.report('duplicate-id', `${what} id "${id}" is used more than once`, ...path, index, 'id');
    seen.add(id);
  });
}
