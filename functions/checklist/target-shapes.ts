import * as v from 'valibot';
import {
  BooleanTargetSchema, CoverageTargetSchema, NumericTargetSchema, OrdinalTargetSchema, type CriterionKind,
} from './definition-schema.js';
import type { IssueParam } from './definition-issue.js';

/** What one criterion kind's target looks like: its schema, what it needs in words, and an example. */
export interface TargetShape {
  schema: v.GenericSchema;
  needs: { zh: string; en: string };
  example: string;
}

const numeric: TargetShape = {
  schema: NumericTargetSchema,
  needs: {
    zh: '{ "op": ">=" | ">" | "<=" | "<" | "=", "value": 数 }，或 { "op": "between", "min": 数, "max": 数 }，或 { "op": "about", "value": 数, "tolerance": 数 }',
    en: '{ "op": ">=" | ">" | "<=" | "<" | "=", "value": <number> }, { "op": "between", "min": <number>, "max": <number> } or { "op": "about", "value": <number>, "tolerance": <number> }',
  },
  example: '{ "op": ">=", "value": 35 }',
};

/** The target each gradable kind takes (targets are a variant on the criterion's kind). */
export const TARGET_SHAPES: Record<Exclude<CriterionKind, 'info'>, TargetShape> = {
  boolean: {
    schema: BooleanTargetSchema,
    needs: { zh: '{ "equals": true } 或 { "equals": false }（布尔值，不加引号）', en: '{ "equals": true } or { "equals": false } (a boolean, not a string)' },
    example: '{ "equals": true }',
  },
  numeric,
  count: { ...numeric, example: '{ "op": ">=", "value": 5 }' },
  ordinal: {
    schema: OrdinalTargetSchema,
    needs: { zh: '{ "op": ">=" | ">" | "<=" | "<" | "=", "level": "<量表中的等级值>" }', en: '{ "op": ">=" | ">" | "<=" | "<" | "=", "level": "<a level value of its scale>" }' },
    example: '{ "op": ">=", "level": "4" }',
  },
  coverage: {
    schema: CoverageTargetSchema,
    needs: { zh: '{ "min": 须具备的项数 }，或 {} 表示全部项', en: '{ "min": <items needed> }, or {} for every item' },
    example: '{ "min": 5 }',
  },
};

export function isGradableKind(kind: unknown): kind is keyof typeof TARGET_SHAPES {
  return typeof kind === 'string' && Object.hasOwn(TARGET_SHAPES, kind);
}

const shown = (value: unknown): string => {
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 60 ? `${text.slice(0, 57)}...` : text;
};

/**
 * What is wrong with a target given the criterion's kind, as issue params (`problem`, `key`,
 * `got`, `expected`), or undefined when the target fits the kind.
 */
export function diagnoseTarget(kind: keyof typeof TARGET_SHAPES, target: unknown): Record<string, IssueParam> | undefined {
  const parsed = v.safeParse(TARGET_SHAPES[kind].schema, target);
  if (parsed.success) return undefined;
  const first = parsed.issues[0];
  const key = first.path?.map((p) => String(p.key)).join('.');
  if (typeof target !== 'object' || target === null || Array.isArray(target)) return { kind, problem: 'not-an-object', got: shown(target) };
  if (key === 'op' && (first.type === 'variant' || first.type === 'picklist')) return { kind, problem: 'unknown-op', key, got: shown((target as { op?: unknown }).op) };
  if (first.type === 'strict_object' && first.received === 'undefined') return { kind, problem: 'missing-key', key: key ?? '' };
  if (first.type === 'strict_object') return { kind, problem: 'unknown-key', key: key ?? '' };
  if (first.kind === 'schema' && key) return { kind, problem: 'wrong-type', key, expected: first.expected ?? '', got: first.received };
  return { kind, problem: 'invalid-value', key: key ?? '', got: first.received, expected: first.expected ?? '' };
}
