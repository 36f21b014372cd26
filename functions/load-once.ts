/**
 * `load` run at most once while it succeeds: every caller shares the first call's promise. A load
 * that failed (a chunk that could not be fetched, a client that could not start) is forgotten, so
 * the next call tries again instead of every later request failing with the cached error. The
 * lazily loaded parts of the functions (the handler's wrapping, the use cases, the engine, the
 * SQS and S3 clients) all load through it.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}
