/** Leaf paths whose values differ between two answer objects. */
export function diffAnswers(a: unknown, b: unknown, prefix = ''): { path: string; mine: unknown; theirs: unknown }[] {
  const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (isObj(a) || isObj(b)) {
    const keys = new Set([...Object.keys(isObj(a) ? a : {}), ...Object.keys(isObj(b) ? b : {})]);
    return [...keys].flatMap((k) => diffAnswers(isObj(a) ? a[k] : undefined, isObj(b) ? b[k] : undefined, prefix ? `${prefix}.${k}` : k));
  }
  return JSON.stringify(a) === JSON.stringify(b) ? [] : [{ path: prefix, mine: a, theirs: b }];
}
