import { pointer, type DefinitionIssue } from './definition-issue.js';
import { linearPatternProblem } from './linear-regexp.js';

type Node = Record<string, unknown>;

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Every `pattern` and `patternProperties` key in a form's JSON Schema must be one the linear-time
 * engine runs (RE2 syntax: no lookarounds, no backreferences). Reported at the pattern's path,
 * with RE2's reason, when the definition is published or dry-run, never when a participant saves.
 */
export function checkFormPatterns(formSchema: unknown): DefinitionIssue[] {
  const issues: DefinitionIssue[] = [];
  const check = (pattern: string, path: (string | number)[]) => {
    const problem = linearPatternProblem(pattern);
    if (problem) {
      issues.push({ path: pointer(...path), code: 'pattern-unsupported', message: `pattern "${pattern}" cannot be matched in linear time (lookarounds and backreferences are not supported): ${problem}` });
    }
  };
  const stack: { node: unknown; path: (string | number)[] }[] = [{ node: formSchema, path: ['form', 'schema'] }];
  while (stack.length) {
    const { node, path } = stack.pop()!;
    if (Array.isArray(node)) node.forEach((child, i) => stack.push({ node: child, path: [...path, i] }));
    if (!isNode(node)) continue;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'enum' || key === 'const' || key === 'default' || key === 'examples') continue;
      if (key === 'pattern' && typeof value === 'string') check(value, [...path, key]);
      if (key === 'patternProperties' && isNode(value)) for (const name of Object.keys(value)) check(name, [...path, key, name]);
      if (typeof value === 'object' && value !== null) stack.push({ node: value, path: [...path, key] });
    }
  }
  return issues;
}
