import * as v from 'valibot';
import { CRITERION_KINDS, type CriterionKindName } from '../scoring/kinds/index.js';
import type { TargetShape } from '../scoring/kinds/criterion-kind.js';
import type { IssueParam } from './definition-issue.js';

export type { TargetShape };

/** A kind that takes a target: a kind of the registry that declares one (every kind but info). */
export type GradableKind = CriterionKindName;

/** The target each gradable kind takes, from the kind registry. */
export const TARGET_SHAPES = Object.fromEntries(
  Object.entries(CRITERION_KINDS).flatMap(([name, kind]) => ('target' in kind && kind.target ? [[name, kind.target as TargetShape<unknown>]] : [])),
) as Partial<Record<GradableKind, TargetShape<unknown>>>;

export function isGradableKind(kind: unknown): kind is GradableKind {
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
export function diagnoseTarget(kind: GradableKind, target: unknown): Record<string, IssueParam> | undefined {
  const shape = TARGET_SHAPES[kind];
  if (!shape) return undefined;
  const parsed = v.safeParse(shape.schema, target);
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
