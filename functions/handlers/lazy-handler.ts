import type { Context } from 'aws-lambda';
import { loadOnce } from '../load-once.js';

/** A Lambda handler as the runtime calls it. */
export type LambdaHandler<E, R> = (event: E, context: Context) => Promise<R>;

/**
 * A Lambda entry point whose wrapping (Middy and Powertools' logger, metrics and their
 * middlewares: ≈ 35 KB minified, and the logger's and metrics' set-up) is imported and built by
 * the first invocation instead of the init, which then parses only what the function's own work
 * needs (configuration, clients, use cases). Every invocation goes through the same built handler;
 * a build that failed (a chunk that could not load) is tried again by the next invocation
 * instead of failing every later one.
 */
export function lazyHandler<E, R>(build: () => Promise<LambdaHandler<E, R>>): LambdaHandler<E, R> {
  const built = loadOnce(build);
  return async (event, context) => (await built())(event, context);
}
