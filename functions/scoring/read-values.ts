import type { Derived } from '../checklist/definition-schema.js';
import { jsonLogicVars } from '../checklist/json-logic-vars.js';
import { compileLogic, type CompiledLogic } from './compile-logic.js';
import { evaluateLogic, ExpressionError } from './evaluate-logic.js';

// Paths come from definitions, a bounded set: split each once rather than on every read of every score.
const splitPaths = new Map<string, string[]>();
function keysOf(path: string): string[] {
  let keys = splitPaths.get(path);
  if (!keys) {
    keys = path.split('.');
    if (splitPaths.size < 10_000) splitPaths.set(path, keys);
  }
  return keys;
}

/** Reads a dot path from the answers; undefined when any step is missing. */
export function readPath(answers: unknown, path: string): unknown {
  return readKeys(answers, keysOf(path));
}

/** Reads a path already split into its keys (`readPath` for callers that split it once). */
export function readKeys(answers: unknown, keys: readonly string[]): unknown {
  let node: unknown = answers;
  for (let i = 0; i < keys.length; i++) {
    if (typeof node !== 'object' || node === null || Array.isArray(node)) return undefined;
    node = (node as Record<string, unknown>)[keys[i]!];
  }
  return node;
}

/** An answer counts as given unless it is absent, null or an empty string. */
export function isAnswered(value: unknown): boolean {
  return value !== undefined && value !== null && value !== '';
}

/** A derived value ready to evaluate: its expression and the fields it needs. */
export interface PreparedDerived {
  definition: Derived;
  inputs: string[];
  /** Each input split into its keys, once. */
  inputKeys?: string[][];
  /** The expression prepared as closures (`compileLogic`); `evaluateLogic` without it. */
  evaluate?: CompiledLogic;
  /**
   * Every `var` of the expression names one of `inputs`, so once each input is checked to be a
   * finite number the closures can read the answers themselves: the same values as reading a
   * copy holding only the inputs, without building that copy per derived value per score.
   */
  readsAnswers?: boolean;
}

/** Whether every `var` in a JSON Logic expression is a non-empty string path (what `jsonLogicVars` collects). */
function onlyNamedVars(expr: unknown): boolean {
  if (Array.isArray(expr)) return expr.every(onlyNamedVars);
  if (typeof expr !== 'object' || expr === null) return true;
  for (const [op, arg] of Object.entries(expr)) {
    if (op === 'var') {
      const name = Array.isArray(arg) ? arg[0] : arg;
      if (typeof name !== 'string' || name === '') return false;
    } else if (!onlyNamedVars(arg)) return false;
  }
  return true;
}

export function prepareDerived(derived: Derived): PreparedDerived {
  const inputs = [...jsonLogicVars(derived.expr)];
  const evaluate = compileLogic(derived.expr);
  return { definition: derived, inputs, inputKeys: inputs.map((input) => input.split('.')), evaluate, readsAnswers: onlyNamedVars(derived.expr) };
}

function inRange(derived: Derived, value: number): boolean {
  const { min, max } = derived.range ?? {};
  return (min === undefined || value >= min - 1e-9) && (max === undefined || value <= max + 1e-9);
}

/**
 * The derived value computed from consistent-looking answers, or undefined; unlike
 * `evaluateDerived` it ignores `range`, so a caller can say what is out of range, and an
 * expression that fails is undefined here rather than an error.
 */
export function evaluateUnchecked(prepared: PreparedDerived, answers: Record<string, unknown>): number | undefined {
  try {
    return evaluateDerived({ ...prepared, definition: { ...prepared.definition, range: undefined } }, answers);
  } catch (error) {
    // Checking answers must not fail on the definition's fault; scoring reports it instead.
    if (error instanceof ExpressionError) return undefined;
    throw error;
  }
}

/**
 * Evaluates a derived value. Undefined when an input is unanswered or the result is not a finite
 * number (a share of zero discharges is unknown, not 0%) or falls outside the value's `range`,
 * so it scores as a missing answer. Throws `ExpressionError` when the expression is outside the
 * allowed grammar or its step budget: that is the definition's fault, not the answers'.
 */
export function evaluateDerived(prepared: PreparedDerived, answers: Record<string, unknown>): number | undefined {
  const inputKeys = prepared.inputKeys ?? prepared.inputs.map((input) => input.split('.'));
  if (prepared.evaluate && prepared.readsAnswers) {
    for (let i = 0; i < inputKeys.length; i++) {
      const value = readKeys(answers, inputKeys[i]!);
      if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
    }
    return finish(prepared.definition, prepared.evaluate(answers));
  }
  const data: Record<string, unknown> = {};
  for (const keys of inputKeys) {
    const value = readKeys(answers, keys);
    if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
    let node = data;
    for (let i = 0; i < keys.length - 1; i++) {
      const k = keys[i]!;
      node = (node[k] as Record<string, unknown>) ??= {};
    }
    node[keys[keys.length - 1]!] = value;
  }
  return finish(prepared.definition, prepared.evaluate ? prepared.evaluate(data) : evaluateLogic(prepared.definition.expr, data));
}

function finish(derived: Derived, result: unknown): number | undefined {
  if (typeof result !== 'number' || !Number.isFinite(result) || !inRange(derived, result)) return undefined;
  // Graded unrounded (89.95% must not meet "90%以上"); only float noise is trimmed here, and
  // `decimals` applies when the value is shown.
  return Math.round(result * 1e9) / 1e9;
}
