/**
 * The JSON a repository stored for an entity, remembered by the object written (a `WeakMap`, so
 * it lives only as long as that object): a route answering with the state a service just wrote
 * sends the same text instead of serialising the object a second time (issue 13.2: a save and a
 * submit answer with the whole submission). Only for objects nobody changes after the write; the
 * services return the state they wrote and never touch it again.
 */
const stored = new WeakMap<object, string>();

/** Records that `json` is what was stored for `value` (`JSON.stringify(value)`). */
export function rememberStoredJson(value: object, json: string): void {
  stored.set(value, json);
}

/** The JSON stored for exactly this object, if a repository wrote it. */
export function storedJson(value: object): string | undefined {
  return stored.get(value);
}
