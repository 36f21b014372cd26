import { describe, expect, it, vi } from 'vitest';
import { readsState, type PageRead } from './page-reads';

const read = (o: Partial<PageRead> = {}): PageRead => ({ error: null, fetchStatus: 'idle', refetch: vi.fn(), ...o });

describe("a page's reads, as its page state says them", () => {
  it('loading: no error, not waiting, nothing to retry', () => {
    expect(readsState([read({ fetchStatus: 'fetching' }), read()])).toEqual({ error: undefined, paused: false, onRetry: undefined });
  });

  it('offline: a read waiting for the network makes the page say so, and retry asks again for it alone', () => {
    const waiting = read({ fetchStatus: 'paused' });
    const done = read();
    const state = readsState([done, waiting]);
    expect(state.paused).toBe(true);
    expect(state.error).toBeUndefined();
    state.onRetry!();
    expect(waiting.refetch).toHaveBeenCalledOnce();
    expect(done.refetch).not.toHaveBeenCalled();
  });

  it('an error: the first one is shown, and retry asks again for every read that failed', () => {
    const first = new Error('first');
    const a = read({ error: first });
    const b = read({ error: new Error('second') });
    const state = readsState([read(), a, b]);
    expect(state.error).toBe(first);
    state.onRetry!();
    expect(a.refetch).toHaveBeenCalledOnce();
    expect(b.refetch).toHaveBeenCalledOnce();
  });

  it('takes a single read as well as a list', () => {
    expect(readsState(read({ fetchStatus: 'paused' })).paused).toBe(true);
  });
});
