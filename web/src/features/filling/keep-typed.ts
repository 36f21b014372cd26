import { INIT, UPDATE_CORE, type JsonFormsCore, type Middleware } from '@jsonforms/core';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

function merge(shown: unknown, typed: unknown, incoming: unknown): unknown {
  if (typed === shown) return incoming;
  if (isRecord(typed) && (isRecord(shown) || shown === undefined)) {
    const was = isRecord(shown) ? shown : {};
    const out: Record<string, unknown> = isRecord(incoming) ? { ...incoming } : {};
    for (const key of new Set([...Object.keys(was), ...Object.keys(typed)])) {
      const value = merge(was[key], typed[key], isRecord(incoming) ? incoming[key] : undefined);
      if (value === undefined) delete out[key];
      else out[key] = value;
    }
    return out;
  }
  return same(typed, shown) ? incoming : typed;
}

/**
 * `incoming` (a copy of the answers arriving from elsewhere: a reply read late, edits kept on the
 * device) with every answer the user changed from `shown` (what the form showed before they
 * typed) to `typed` (what it holds now) kept as typed: a copy that arrives after the user typed
 * never takes their answer back. Leaves are compared by value; arrays are one answer. Returns
 * `incoming` itself when nothing the user typed differs from it.
 */
export function keepTyped<T>(shown: T, typed: T, incoming: T): T {
  if (typed === shown || typed === incoming) return incoming;
  const merged = merge(shown, typed, incoming) as T;
  return same(merged, incoming) ? incoming : merged;
}

/**
 * A JSON Forms middleware for a form whose `data` the page holds: JSON Forms puts the `data` prop
 * back into its state whenever any of its props changes (the errors shown, the schema), and
 * tells the page of an edit only 10 ms later. An answer typed in between was reset to the page's
 * older copy. With this, a prop that did not change leaves the form's answers alone, and a new
 * one keeps what the user typed since the last (see {@link keepTyped}). One per form instance.
 */
export function keepTypedMiddleware(): Middleware {
  let shown: unknown;
  // React may run a state update twice (StrictMode): the same input gives the same answer.
  let last: { prop: unknown; from: unknown; to: unknown } | undefined;
  return (state: JsonFormsCore, action, reduce) => {
    if (action.type === INIT) {
      shown = action.data;
      last = undefined;
    }
    if (action.type !== UPDATE_CORE) return reduce(state, action);
    const prop = action.data;
    if (!last || last.prop !== prop || last.from !== state.data) {
      last = { prop, from: state.data, to: prop === shown ? state.data : keepTyped(shown, state.data, prop) };
      shown = prop;
    }
    return reduce(state, last.to === prop ? action : { ...action, data: last.to });
  };
}
