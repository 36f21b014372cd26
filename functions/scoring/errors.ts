import type { DefinitionIssue } from '../checklist/definition-issue.js';

/** A definition that failed validation; `issues` lists every problem with its path. */
export class InvalidDefinitionError extends Error {
  readonly issues: DefinitionIssue[];

  constructor(issues: DefinitionIssue[]) {
    super(`Invalid checklist definition: ${issues.length} problem(s); first: ${issues[0]?.path} ${issues[0]?.message}`);
    this.name = 'InvalidDefinitionError';
    this.issues = issues;
  }
}
