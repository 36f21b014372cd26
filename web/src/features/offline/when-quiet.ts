/** What `whenQuiet` watches: the page's reads (TanStack Query's cache) and the main thread. */
export interface QuietSignals {
  /** Reads (or preparing a form) under way. */
  busy(): boolean;
  /** Calls `listener` on every change of the reads; returns how to stop. */
  subscribe(listener: () => void): () => void;
  /** Calls `callback` once the main thread is idle (`requestIdleCallback`). */
  idle(callback: () => void): void;
}

/**
 * Runs `work` once the page has settled: no read under way for `quietMs` in a row, then an idle
 * moment of the main thread. Any read starting or ending restarts the wait. Used to hold back the
 * service worker's install (the whole app, about a hundred files) until the page the user opened
 * has shown: started at once, it fetched beside the page's own reads and chunks from the same
 * server and delayed the first form after sign-in. Returns a function that cancels the wait.
 */
export function whenQuiet(signals: QuietSignals, work: () => void, quietMs = 1000): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let done = false;
  const arm = () => {
    clearTimeout(timer);
    if (done || signals.busy()) return;
    timer = setTimeout(() => {
      signals.idle(() => {
        if (done) return;
        // A read started during the idle wait but fired no change yet: wait for it too.
        if (signals.busy()) return arm();
        done = true;
        unsubscribe();
        work();
      });
    }, quietMs);
  };
  const unsubscribe = signals.subscribe(arm);
  arm();
  return () => {
    done = true;
    clearTimeout(timer);
    unsubscribe();
  };
}
