import jsonLogic, { type RulesLogic } from 'json-logic-js';
import type { ChecklistDefinition, Condition, Criterion, Match, Target } from '../../../functions/checklist/definition-schema.js';
import type { FloorResult, FloorStatus } from './haining-floor.js';

/**
 * The peer for the engine bench: a checklist's rules as `json-logic-js` expressions, what an
 * off-the-shelf rule engine gives. Each criterion becomes one expression over
 * `{ context, answers, evidence, derived }` that yields `"na"`, `"info"`, `null` (unanswered) or the
 * fraction of its points earned; the derived values are the definition's own JsonLogic, guarded
 * for missing inputs and rounded as reported by one added operation, each applied once per
 * submission into `derived` before the criteria (as the engine computes each at most once; inlined
 * in every criterion reading it, a derived value was computed two or three times per criterion).
 * Totals and bands are summed in plain code, as a user of such an engine would. Covers the criterion kinds and conditions the
 * Haining checklist uses (boolean, ordinal, numeric, proportional coverage, info; context
 * conditions) and throws on anything else; `haining-floor.test.ts` holds it to the engine.
 */

type Logic = RulesLogic;
type Rule = { id: string; weight: number; evidence: boolean; veto: boolean; logic: Logic };
/** The criteria's rules, each derived value's rule (computed once per submission), and the bands from the highest minimum down. */
type Rules = { criteria: Rule[]; derived: [id: string, logic: Logic][]; bandsDown: ChecklistDefinition['bands'] };

jsonLogic.add_operation('reported', (x: unknown, decimals: number, min: number, max: number) => {
  if (typeof x !== 'number' || !Number.isFinite(x) || x < min - 1e-9 || x > max + 1e-9) return null;
  const v = Math.round(x * 1e9) / 1e9;
  const r = Math.round(Number(`${Math.abs(v)}e${decimals}`)) / 10 ** decimals;
  return v < 0 ? -r : r;
});

const v = (path: string): Logic => ({ var: path });

function levelsFrom(definition: ChecklistDefinition, scale: string, op: string, level: string): string[] {
  const levels = definition.scales?.[scale]?.levels.map((l) => l.value) ?? [];
  const at = levels.indexOf(level);
  const keep: Record<string, (i: number) => boolean> = { '>=': (i) => i >= at, '>': (i) => i > at, '<=': (i) => i <= at, '<': (i) => i < at, '=': (i) => i === at };
  return levels.filter((_, i) => keep[op]!(i));
}

function matchLogic(definition: ChecklistDefinition, key: string, match: Match): Logic {
  const value = v(`context.${key}`);
  if (Array.isArray(match)) return { in: [value, match as string[]] };
  if (typeof match !== 'object' || match === null) return { '===': [value, match] };
  const scale = definition.context.find((f) => f.id === key && f.kind === 'scale')?.scale;
  const parts: Logic[] = [];
  for (const [op, symbol] of [['gte', '>='], ['gt', '>'], ['lte', '<='], ['lt', '<']] as const) {
    const bound = (match as Record<string, unknown>)[op];
    if (bound === undefined) continue;
    // JsonLogic knows no scale order: a rank comparison becomes membership in the levels it allows.
    parts.push(scale ? { in: [value, levelsFrom(definition, scale, symbol, String(bound))] } : ({ [symbol]: [value, bound] } as Logic));
  }
  if (Object.keys(match).some((k) => !['gte', 'gt', 'lte', 'lt'].includes(k))) throw new Error(`unsupported match ${JSON.stringify(match)}`);
  return { and: parts };
}

function conditionLogic(definition: ChecklistDefinition, condition: Condition): Logic {
  if (condition.values || condition.all || condition.any || condition.not) throw new Error('only context conditions are translated');
  return { and: Object.entries(condition.context ?? {}).map(([k, m]) => matchLogic(definition, k, m)) };
}

function derivedLogic(derived: NonNullable<ChecklistDefinition['derived']>[number]): Logic {
  const inputs = new Set<string>();
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (node && typeof node === 'object') {
      const [op, args] = Object.entries(node)[0]!;
      if (op === 'var') {
        inputs.add(`answers.${args as string}`);
        return { var: `answers.${args as string}` };
      }
      return { [op]: walk(args) };
    }
    return node;
  };
  const expr = walk(derived.expr) as Logic;
  const { min = -Infinity, max = Infinity } = derived.range ?? {};
  // JsonLogic reads a missing input as null, which arithmetic turns into 0: guard like the engine does.
  return { if: [{ missing: [...inputs] }, null, { reported: [expr, derived.decimals ?? 2, min, max] }] } as unknown as Logic;
}

function gradeLogic(definition: ChecklistDefinition, criterion: Criterion, target: Target): Logic {
  const ref = criterion.value!;
  const value = 'derived' in ref ? v(`derived.${ref.derived}`) : 'field' in ref ? v(`answers.${ref.field}`) : undefined;
  if (value === undefined) throw new Error(`unsupported value of ${criterion.id}`);
  if (criterion.kind === 'boolean' && 'equals' in target) {
    return { if: [{ '===': [value, target.equals] }, 1, { '===': [value, !target.equals] }, 0, null] };
  }
  if (criterion.kind === 'ordinal' && 'level' in target) {
    const all = definition.scales![criterion.scale!]!.levels.map((l) => l.value);
    return { if: [{ in: [value, levelsFrom(definition, criterion.scale!, target.op, target.level)] }, 1, { in: [value, all] }, 0, null] };
  }
  if (criterion.kind === 'numeric' && 'op' in target) {
    let holds: Logic;
    if (target.op === 'about' && target.direction === 'at-least') holds = { '>=': [value, target.value - target.tolerance - 1e-9] };
    else if ('value' in target && (target.op === '>=' || target.op === '>' || target.op === '<=' || target.op === '<')) holds = { [target.op]: [value, target.value] } as Logic;
    else throw new Error(`unsupported numeric target of ${criterion.id}`);
    return { if: [{ '==': [value, null] }, null, holds, 1, 0] };
  }
  if (criterion.kind === 'coverage' && criterion.credit?.mode === 'proportional' && !('op' in target) && !('level' in target) && !('equals' in target) && target.min === undefined) {
    const items = criterion.items!.map((i) => i.value);
    const present = { '+': items.map((item) => ({ if: [{ in: [item, value] }, 1, 0] })) } as Logic;
    return { if: [{ missing: [(value as { var: string }).var] }, null, { '/': [present, items.length] }] } as unknown as Logic;
  }
  throw new Error(`unsupported criterion ${criterion.id}`);
}

/** Translates a definition's criteria into JsonLogic rules (throws on what it does not cover). */
export function toJsonLogic(definition: ChecklistDefinition): Rules {
  const criteria = definition.criteria.map((c) => {
    let logic: Logic;
    if (c.kind === 'info') logic = 'info' as unknown as Logic;
    else {
      const variants = c.targets ? c.targets.map((t) => [conditionLogic(definition, t.when), gradeLogic(definition, c, t.target)]) : [[true, gradeLogic(definition, c, c.target!)]];
      logic = { if: [...variants.flat(), 'na'] } as unknown as Logic;
    }
    if (c.appliesWhen) logic = { if: [conditionLogic(definition, c.appliesWhen), logic, 'na'] } as unknown as Logic;
    return { id: c.id, weight: c.weight ?? 1, evidence: c.evidence?.required ?? false, veto: c.veto ?? false, logic };
  });
  // Only the derived values a criterion reads, as the engine computes only those.
  const read = new Set(definition.criteria.flatMap((c) => (c.value && 'derived' in c.value ? [c.value.derived] : [])));
  const derived = (definition.derived ?? []).filter((d) => read.has(d.id)).map((d): [string, Logic] => [d.id, derivedLogic(d)]);
  return { criteria, derived, bandsDown: [...definition.bands].sort((a, b) => b.min - a.min) };
}

/**
 * Grades a submission with the JsonLogic rules; the total and band in plain code. Context
 * problems are the caller's to check (the bench feeds valid contexts only).
 */
export function gradeWithJsonLogic(definition: ChecklistDefinition, rules: Rules, data: { context: Record<string, unknown>; answers: Record<string, unknown>; evidence: Record<string, unknown[] | undefined> }): FloorResult {
  const statuses: Record<string, FloorStatus> = {};
  const pointsOf: Record<string, number> = {};
  const vetoHits: string[] = [];
  let points = 0;
  let maxPoints = 0;
  const derived: Record<string, unknown> = {};
  for (const [id, logic] of rules.derived) derived[id] = jsonLogic.apply(logic, data);
  const input = { context: data.context, answers: data.answers, derived };
  for (const rule of rules.criteria) {
    const out = jsonLogic.apply(rule.logic, input) as number | null | 'na' | 'info';
    if (out === 'na' || out === 'info') {
      statuses[rule.id] = out === 'na' ? 'not-applicable' : 'info';
      pointsOf[rule.id] = 0;
      continue;
    }
    maxPoints += rule.weight;
    let status: FloorStatus;
    let p = 0;
    if (out === null) status = 'missing';
    else if (rule.evidence && out > 0 && !data.evidence[rule.id]?.length) status = 'not-met';
    else {
      status = out >= 1 ? 'met' : out > 0 ? 'partial' : 'not-met';
      p = Math.round(rule.weight * out * 100) / 100;
    }
    points += p;
    statuses[rule.id] = status;
    pointsOf[rule.id] = p;
    if (rule.veto && status !== 'met') vetoHits.push(rule.id);
  }
  const total = maxPoints > 0 ? Math.round((points / maxPoints) * 100 * 10) / 10 : null;
  const bands = rules.bandsDown;
  let band = total === null ? null : (bands.find((b) => total >= b.min)?.id ?? null);
  if (band !== null && vetoHits.length) {
    const cap = definition.bands.find((b) => b.id === definition.vetoBand) ?? bands[bands.length - 1]!;
    if (cap.min < definition.bands.find((b) => b.id === band)!.min) band = cap.id;
  }
  return { statuses, points: pointsOf, total, band, vetoHits };
}
