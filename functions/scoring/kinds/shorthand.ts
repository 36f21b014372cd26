const OPS = /^\s*(>=|≥|>|<=|≤|<|=)\s*(\S+)\s*$/;

const normalOp = (s: string) => ({ '≥': '>=', '≤': '<=' })[s] ?? s;

/** `">= 35"` or `"≥ 4"` as an operator and its operand; undefined for anything else. Linear: anchored, no nesting. */
export function readComparison(shorthand: string): { op: string; operand: string } | undefined {
  const op = OPS.exec(shorthand);
  return op ? { op: normalOp(op[1]!), operand: op[2]! } : undefined;
}

const number = (s: string | undefined) => Number(s?.replace(/%$/, ''));

/** A numeric shorthand: `"≥ 35%"`, `"30-40"`, `"45 ± 5"`; anything else unchanged. */
export function readNumericShorthand(shorthand: unknown): unknown {
  if (typeof shorthand !== 'string') return shorthand;
  const op = readComparison(shorthand);
  if (op && Number.isFinite(number(op.operand))) return { op: op.op, value: number(op.operand) };
  const between = /^\s*(-?[\d.]+)\s*[-–~～]\s*(-?[\d.]+)\s*%?\s*$/.exec(shorthand);
  if (between) return { op: 'between', min: number(between[1]), max: number(between[2]) };
  const about = /^\s*(-?[\d.]+)\s*%?\s*±\s*([\d.]+)\s*%?\s*$/.exec(shorthand);
  if (about) return { op: 'about', value: number(about[1]), tolerance: number(about[2]) };
  return shorthand;
}
