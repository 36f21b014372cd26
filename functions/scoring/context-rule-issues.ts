import type { ChecklistDefinition, Condition, Match } from '../checklist/definition-schema.js';
import { pointer, type DefinitionIssue } from '../checklist/definition-issue.js';
import { evaluateCondition, type ConditionInput } from './conditions.js';

function contextKeys(condition: Condition, into: string[] = []): string[] {
  into.push(...Object.keys(condition.context ?? {}));
  for (const c of [...(condition.all ?? []), ...(condition.any ?? []), ...(condition.not ? [condition.not] : [])]) contextKeys(c, into);
  return into;
}

/** "县 = 甲县" for simple matches on enum fields, the match as JSON otherwise. */
function describe(definition: ChecklistDefinition, condition: Condition, lang: 'zh' | 'en'): string {
  const parts = Object.entries(condition.context ?? {}).map(([key, match]: [string, Match]) => {
    const field = definition.context.find((f) => f.id === key);
    const name = field ? (lang === 'zh' ? field.label.zh : field.label.en ?? field.label.zh) : key;
    const values = Array.isArray(match) ? match : typeof match === 'object' && match !== null ? undefined : [match];
    if (!values) return `${name} ${JSON.stringify(match)}`;
    const words = values.map((v) => {
      const option = field?.options?.find((o) => o.value === v);
      return option ? (lang === 'zh' ? option.label.zh : option.label.en ?? option.label.zh) : String(v);
    });
    return `${name} = ${words.join(lang === 'zh' ? '或' : ' or ')}`;
  });
  if (condition.all || condition.any || condition.not) parts.push(JSON.stringify({ all: condition.all, any: condition.any, not: condition.not }));
  return parts.join(lang === 'zh' ? '，' : ', ');
}

/**
 * The definition's `contextRules` that a context breaks (`context-conflict`), each at the first
 * field its `then` names; `context-required` when that field is simply not given yet. A rule is
 * skipped while a field it reads already has a problem, so a missing county is reported once, as
 * missing. Prepared once per definition (the fields each rule reads), run on every score.
 */
export function contextRuleChecks(definition: ChecklistDefinition): (input: ConditionInput, flagged: ReadonlySet<string>) => DefinitionIssue[] {
  const rules = (definition.contextRules ?? []).map((rule, index) => {
    const thenKeys = contextKeys(rule.then);
    return { rule, index, keys: [...contextKeys(rule.when), ...thenKeys], thenKeys };
  });
  return (input, flagged) => {
    const issues: DefinitionIssue[] = [];
    for (const { rule, index, keys, thenKeys } of rules) {
      if (flagged.size && keys.some((k) => flagged.has(k))) continue;
      if (!evaluateCondition(rule.when, input) || evaluateCondition(rule.then, input)) continue;
      const zh = rule.message?.zh ?? `${describe(definition, rule.when, 'zh')} 时，应 ${describe(definition, rule.then, 'zh')}`;
      const en = rule.message?.en ?? `where ${describe(definition, rule.when, 'en')}, expected ${describe(definition, rule.then, 'en')}`;
      // A value the rule needs but nobody gave yet is missing rather than contradictory, so a
      // half-filled draft can still be saved (saves skip context-required; submitting does not).
      const absent = thenKeys.find((k) => [undefined, null, ''].includes(input.context(k) as undefined));
      const at = absent ?? thenKeys[0] ?? keys[0] ?? '';
      issues.push({ path: pointer(at), code: absent ? 'context-required' : 'context-conflict', message: `${zh} (${en}; context rule ${index})` });
    }
    return issues;
  };
}
