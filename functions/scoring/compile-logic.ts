import { ALLOWED_LOGIC_OPS, isVarArgument } from '../checklist/check-logic.js';
import { evaluateLogic, LOGIC_STEP_BUDGET, OPERATORS, truthy } from './evaluate-logic.js';

/** A derived value's expression prepared once: its value over one submission's inputs. */
export type CompiledLogic = (data: Record<string, unknown>) => unknown;

function varReader(arg: unknown): CompiledLogic {
  const [name, fallback] = Array.isArray(arg) ? arg : [arg];
  const notFound = fallback === undefined ? null : fallback;
  const keys = String(name).split('.');
  return (data) => {
    let node: unknown = data;
    for (const key of keys) {
      if (node === null || node === undefined) return notFound;
      // Own keys only, as `evaluateLogic` reads them.
      node = typeof node === 'object' && Object.hasOwn(node, key) ? (node as Record<string, unknown>)[key] : undefined;
      if (node === undefined) return notFound;
    }
    return node;
  };
}

/** Undefined where `evaluateLogic` would refuse the node or could run over its budget or depth. */
function build(logic: unknown, depth: number, size: { nodes: number }): CompiledLogic | undefined {
  size.nodes += 1;
  if (size.nodes > LOGIC_STEP_BUDGET || depth > 100) return undefined;
  if (Array.isArray(logic)) {
    const items = buildAll(logic, depth + 1, size);
    return items && ((data) => items.map((item) => item(data)));
  }
  if (typeof logic !== 'object' || logic === null) return () => logic;
  const keys = Object.keys(logic);
  const op = keys[0];
  if (keys.length !== 1 || op === undefined || !ALLOWED_LOGIC_OPS.has(op)) return undefined;
  const raw = (logic as Record<string, unknown>)[op];
  if (op === 'var') return isVarArgument(raw) ? varReader(raw) : undefined;
  const args = buildAll(Array.isArray(raw) ? raw : [raw], depth + 1, size);
  if (!args) return undefined;
  if (op === 'if' || op === '?:') {
    return (data) => {
      let i = 0;
      for (; i < args.length - 1; i += 2) if (truthy(args[i]!(data))) return args[i + 1]!(data);
      return args.length === i + 1 ? args[i]!(data) : null;
    };
  }
  if (op === 'and' || op === 'or') {
    const stopWhen = op === 'or';
    return (data) => {
      let current: unknown;
      for (const arg of args) {
        current = arg(data);
        if (truthy(current) === stopWhen) return current;
      }
      return current;
    };
  }
  const operate = OPERATORS[op];
  if (!operate) return undefined;
  const [first, second] = args;
  if (args.length === 1) return (data) => operate(first!(data));
  if (args.length === 2) return (data) => operate(first!(data), second!(data));
  return (data) => operate(...args.map((arg) => arg(data)));
}

function buildAll(nodes: unknown[], depth: number, size: { nodes: number }): CompiledLogic[] | undefined {
  const built: CompiledLogic[] = [];
  for (const node of nodes) {
    const one = build(node, depth, size);
    if (!one) return undefined;
    built.push(one);
  }
  return built;
}

/**
 * Prepares a derived value's JSON Logic as closures, so a score neither walks the expression
 * nor splits its paths again: the same values as `evaluateLogic`. An expression it would refuse
 * (outside the grammar), or one that could run over its step budget or depth, is left to
 * `evaluateLogic`, which throws `ExpressionError` where and when it always did.
 */
export function compileLogic(expr: unknown): CompiledLogic {
  let compiled: CompiledLogic | undefined;
  try {
    compiled = build(expr, 0, { nodes: 0 });
  } catch {
    compiled = undefined;
  }
  return compiled ?? ((data) => evaluateLogic(expr, data));
}
