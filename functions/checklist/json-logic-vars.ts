/** Collects every `{ "var": "<path>" }` a JSON Logic expression reads. */
export function jsonLogicVars(expr: unknown, into: Set<string> = new Set()): Set<string> {
  if (Array.isArray(expr)) {
    for (const item of expr) jsonLogicVars(item, into);
  } else if (typeof expr === 'object' && expr !== null) {
    for (const [op, arg] of Object.entries(expr)) {
      if (op === 'var') {
        const name = Array.isArray(arg) ? arg[0] : arg;
        if (typeof name === 'string' && name !== '') into.add(name);
      } else {
        jsonLogicVars(arg, into);
      }
    }
  }
  return into;
}
