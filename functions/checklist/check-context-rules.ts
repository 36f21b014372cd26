import type { Condition } from './definition-schema.js';
import type { CheckContext } from './check-context.js';
import { checkCondition } from './check-conditions.js';

/** Whether a condition, at any depth, tests answers (`values`) rather than context. */
export function testsAnswers(condition: Condition): boolean {
  if (condition.values && Object.keys(condition.values).length) return true;
  return [...(condition.all ?? []), ...(condition.any ?? []), ...(condition.not ? [condition.not] : [])].some(testsAnswers);
}

/** Context rules name declared context fields and options, and test nothing but context. */
export function checkContextRules(ctx: CheckContext): void {
  ctx.definition.contextRules?.forEach((rule, i) => {
    for (const part of ['when', 'then'] as const) {
      checkCondition(ctx, rule[part], 'contextRules', i, part);
      if (testsAnswers(rule[part])) ctx.report('context-condition', 'a context rule may only test context fields', 'contextRules', i, part);
    }
  });
}
