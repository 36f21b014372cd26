import { ALLOWED_LOGIC_OPS, isVarArgument } from '../checklist/check-logic.js';

/** An expression that cannot be evaluated: outside the allowed grammar, or over its step budget. */
export class ExpressionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExpressionError';
  }
}

/** Evaluation steps one expression may take; a valid expression takes at most one per node. */
export const LOGIC_STEP_BUDGET = 10_000;

/** JSON Logic's truthiness: an empty list is false. */
export const truthy = (x: unknown) => !(Array.isArray(x) && x.length === 0) && Boolean(x);

/* eslint-disable @typescript-eslint/no-explicit-any -- JSON Logic's operators are JavaScript's loose ones on purpose. */
/** The allowed operations besides `var`, `if`/`?:` and `and`/`or`, with json-logic-js's semantics. */
export const OPERATORS: Record<string, (...args: any[]) => unknown> = {
  '==': (a, b) => a == b,
  '===': (a, b) => a === b,
  '!=': (a, b) => a != b,
  '!==': (a, b) => a !== b,
  '>': (a, b) => a > b,
  '>=': (a, b) => a >= b,
  '<': (a, b, c) => (c === undefined ? a < b : a < b && b < c),
  '<=': (a, b, c) => (c === undefined ? a <= b : a <= b && b <= c),
  '!!': (a) => truthy(a),
  '!': (a) => !truthy(a),
  '%': (a, b) => a % b,
  '+': (...args) => args.reduce((a: any, b: any) => parseFloat(a) + parseFloat(b), 0),
  '*': (...args) => {
    if (!args.length) throw new ExpressionError('"*" needs at least one argument');
    return args.reduce((a: any, b: any) => parseFloat(a) * parseFloat(b));
  },
  '-': (a, b) => (b === undefined ? -a : a - b),
  '/': (a, b) => a / b,
  min: (...args) => Math.min(...args),
  max: (...args) => Math.max(...args),
};
/* eslint-enable @typescript-eslint/no-explicit-any */

function readVar(arg: unknown, data: Record<string, unknown>): unknown {
  const [name, fallback] = Array.isArray(arg) ? arg : [arg];
  const notFound = fallback === undefined ? null : fallback;
  let node: unknown = data;
  for (const key of String(name).split('.')) {
    if (node === null || node === undefined) return notFound;
    // Own keys only: a path like "constructor" must not reach into Object's prototype.
    node = typeof node === 'object' && Object.hasOwn(node, key) ? (node as Record<string, unknown>)[key] : undefined;
    if (node === undefined) return notFound;
  }
  return node;
}

/**
 * Evaluates a derived value's JSON Logic over `data` with the semantics of json-logic-js for the
 * allowed operations, but refusing anything else and stopping after `budget` steps, so a
 * definition that was never validated (or was stored before validation was tightened) cannot
 * run a loop, allocate without bound or overflow the stack. Throws `ExpressionError`.
 */
export function evaluateLogic(expr: unknown, data: Record<string, unknown>, budget = LOGIC_STEP_BUDGET): unknown {
  let steps = 0;
  const apply = (logic: unknown, depth: number): unknown => {
    steps += 1;
    if (steps > budget) throw new ExpressionError(`the expression needs more than ${budget} evaluation steps`);
    if (depth > 100) throw new ExpressionError('the expression is nested too deeply');
    if (Array.isArray(logic)) return logic.map((l) => apply(l, depth + 1));
    if (typeof logic !== 'object' || logic === null) return logic;
    const keys = Object.keys(logic);
    const op = keys[0];
    if (keys.length !== 1 || op === undefined || !ALLOWED_LOGIC_OPS.has(op)) throw new ExpressionError(`operation "${keys.join(',')}" is not allowed in a derived value`);
    const raw = (logic as Record<string, unknown>)[op];
    if (op === 'var') {
      if (!isVarArgument(raw)) throw new ExpressionError('"var" takes a field path (a string or number), not an expression');
      return readVar(raw, data);
    }
    const values = Array.isArray(raw) ? raw : [raw];
    if (op === 'if' || op === '?:') {
      let i = 0;
      for (; i < values.length - 1; i += 2) {
        if (truthy(apply(values[i], depth + 1))) return apply(values[i + 1], depth + 1);
      }
      return values.length === i + 1 ? apply(values[i], depth + 1) : null;
    }
    if (op === 'and' || op === 'or') {
      let current: unknown;
      for (const value of values) {
        current = apply(value, depth + 1);
        if (truthy(current) === (op === 'or')) return current;
      }
      return current;
    }
    return OPERATORS[op]!(...values.map((v) => apply(v, depth + 1)));
  };
  return apply(expr, 0);
}
