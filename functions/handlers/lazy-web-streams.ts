/**
 * What the Lambda bundles get for `import … from 'node:stream/web'` (an esbuild alias in
 * `infra/handler-bundle.ts`). `@middy/core` imports `ReadableStream` statically for its
 * response-streaming mode, which no handler here uses, and that import alone makes Node load its
 * web streams (eight internal modules, ≈ 8 ms of CPU) in every cold start. Node's global
 * `ReadableStream` is the same class, loaded on first touch; this forwards every use (`new`,
 * `instanceof`, static members) to it, so behaviour is unchanged and the cost moves to the first
 * stream, if any.
 */

/** Forwards every operation to the global of that name, looked up on first use. */
function lazyGlobal<T extends abstract new (...args: never[]) => unknown>(name: 'ReadableStream' | 'WritableStream' | 'TransformStream'): T {
  const real = () => (globalThis as unknown as Record<string, T>)[name]!;
  return new Proxy(function placeholder() {} as unknown as T, {
    construct: (_target, args, newTarget) => Reflect.construct(real() as unknown as new (...a: unknown[]) => object, args, newTarget === _target ? (real() as unknown as new (...a: unknown[]) => object) : newTarget),
    get: (_target, key) => (key === Symbol.hasInstance ? (value: unknown) => value instanceof (real() as unknown as abstract new () => unknown) : Reflect.get(real(), key)),
    has: (_target, key) => Reflect.has(real(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(real()),
  });
}

/** Node's `ReadableStream`, loaded when first used. */
export const ReadableStream = lazyGlobal<typeof globalThis.ReadableStream>('ReadableStream');
/** Node's `WritableStream`, loaded when first used. */
export const WritableStream = lazyGlobal<typeof globalThis.WritableStream>('WritableStream');
/** Node's `TransformStream`, loaded when first used. */
export const TransformStream = lazyGlobal<typeof globalThis.TransformStream>('TransformStream');
