/** The Fetch classes the light versions stand in for. */
export type FetchClassName = 'Headers' | 'Request' | 'Response';

type FetchClasses = { Headers: typeof Headers; Request: typeof Request; Response: typeof Response };

// Node's own descriptors of the globals replaced by `replaceFetchGlobal` (lazy getters on Node 20 and 22).
const replaced = new Map<FetchClassName, { native: PropertyDescriptor; light: PropertyDescriptor }>();

/**
 * Puts `light` in place of the global `name` without reading Node's own: reading it is what loads
 * undici. Node's descriptor is kept so `nativeFetchClass` can still reach the real class.
 */
export function replaceFetchGlobal(name: FetchClassName, light: unknown): void {
  if (replaced.has(name)) return;
  const native = Object.getOwnPropertyDescriptor(globalThis, name);
  if (!native) return;
  const descriptor: PropertyDescriptor = { value: light, writable: true, configurable: true, enumerable: false };
  replaced.set(name, { native, light: descriptor });
  Object.defineProperty(globalThis, name, descriptor);
}

/**
 * Node's own `name` class, loading undici if nothing has yet: for the rare use a light object
 * cannot serve itself (a `FormData` body, a stream, `blob()`). Node's lazy getter redefines the
 * global as it resolves, so the light class is put back afterwards.
 */
export function nativeFetchClass<N extends FetchClassName>(name: N): FetchClasses[N] {
  const entry = replaced.get(name);
  if (!entry) return globalThis[name] as FetchClasses[N];
  const native = (entry.native.get ? entry.native.get.call(globalThis) : entry.native.value) as FetchClasses[N];
  Object.defineProperty(globalThis, name, entry.light);
  return native;
}

/** Puts Node's own globals back (tests). */
export function restoreFetchGlobals(): void {
  for (const [name, { native }] of replaced) Object.defineProperty(globalThis, name, native);
  replaced.clear();
}

/**
 * True when `value` is a `Headers`/`Response`/`Request` by its brand, Node's or a light one:
 * `instanceof` against the light global must not reject Node's real objects (say, a `fetch` reply).
 */
export function hasBrand(value: unknown, name: FetchClassName): boolean {
  return typeof value === 'object' && value !== null && Object.prototype.toString.call(value) === `[object ${name}]`;
}
