/**
 * The JSON Logic a derived value may use: arithmetic, comparisons and branching over numbers.
 * Nothing that loops (`map`, `reduce`, `filter`, `all`, ...), builds data (`merge`, `cat`) or
 * reaches outside (`method`): an expression's cost is then bounded by its size.
 */
export const ALLOWED_LOGIC_OPS: ReadonlySet<string> = new Set([
  'var', '+', '-', '*', '/', '%', 'min', 'max', 'if', '?:', '==', '===', '!=', '!==', '<', '<=', '>', '>=', 'and', 'or', '!', '!!',
]);

/** Limits that keep an expression cheap to validate and evaluate; far above any plan's ratio. */
export const LOGIC_LIMITS = Object.freeze({ maxNodes: 2000, maxDepth: 40 });

/** One problem in an expression, located by path segments below the expression. */
export interface LogicProblem {
  path: (string | number)[];
  code: 'expr-op' | 'expr-var' | 'expr-shape' | 'expr-size';
  message: string;
}

const isName = (x: unknown) => (typeof x === 'string' && x !== '') || (typeof x === 'number' && Number.isFinite(x));
const isScalar = (x: unknown) => x === null || ['string', 'number', 'boolean'].includes(typeof x);

/**
 * `var` names a field: a string or a number, or the array form `[name]` / `[name, default]`
 * with a scalar default. Anything else (an operation as its argument) would be evaluated
 * before the name is read, which is how `{"var": [{"map": …}]}` used to slip past the allow-list.
 */
export function isVarArgument(arg: unknown): boolean {
  if (isName(arg)) return true;
  if (!Array.isArray(arg) || arg.length < 1 || arg.length > 2) return false;
  return isName(arg[0]) && (arg.length === 1 || isScalar(arg[1]));
}

/**
 * Walks every node of a JSON Logic expression and reports each one outside the grammar above,
 * with its path, plus one problem if the expression is too big or too deep. Pure: used when a
 * definition is validated, and again before any expression is evaluated.
 */
export function checkLogic(expr: unknown): LogicProblem[] {
  const problems: LogicProblem[] = [];
  let nodes = 0;
  let tooBig = false;
  const walk = (node: unknown, path: (string | number)[], depth: number): void => {
    nodes += 1;
    if (nodes > LOGIC_LIMITS.maxNodes || depth > LOGIC_LIMITS.maxDepth) {
      tooBig = true;
      return;
    }
    if (Array.isArray(node)) {
      node.forEach((child, i) => { if (!tooBig) walk(child, [...path, i], depth + 1); });
      return;
    }
    if (typeof node !== 'object' || node === null) {
      if (typeof node === 'number' && !Number.isFinite(node)) problems.push({ path, code: 'expr-shape', message: 'numbers must be finite' });
      return;
    }
    const keys = Object.keys(node);
    if (keys.length !== 1) {
      problems.push({ path, code: 'expr-shape', message: `an operation is an object with exactly one key, not ${keys.length}` });
      return;
    }
    const op = keys[0] as string;
    const arg = (node as Record<string, unknown>)[op];
    if (!ALLOWED_LOGIC_OPS.has(op)) {
      problems.push({ path: [...path, op], code: 'expr-op', message: `operation "${op}" is not allowed in a derived value (allowed: ${[...ALLOWED_LOGIC_OPS].join(' ')})` });
      return;
    }
    if (op === 'var') {
      if (!isVarArgument(arg)) problems.push({ path: [...path, op], code: 'expr-var', message: '"var" takes a field path (a string or number), not an expression' });
      return;
    }
    walk(arg, [...path, op], depth + 1);
  };
  walk(expr, [], 0);
  if (tooBig) {
    problems.push({ path: [], code: 'expr-size', message: `the expression is too large (at most ${LOGIC_LIMITS.maxNodes} nodes, ${LOGIC_LIMITS.maxDepth} levels deep)` });
  }
  return problems;
}
