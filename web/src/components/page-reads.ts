/** What a page state needs of one of the page's reads (a TanStack Query result has it). */
export interface PageRead {
  error: unknown;
  fetchStatus: 'fetching' | 'paused' | 'idle';
  refetch: () => unknown;
}

/**
 * Where a page's reads stand, for `PageState`: the first error, whether any waits for the network
 * (TanStack Query pauses a read offline after its first try), and a retry that asks again for
 * those that failed or wait. The retry is there only when one of them did; otherwise the page is
 * simply loading. A read that waits resumes by itself once the network is back: the button is for
 * a reader who knows it is back before the browser does.
 */
export function readsState(reads: PageRead | readonly PageRead[]): { error: unknown; paused: boolean; onRetry?: () => void } {
  const list: readonly PageRead[] = Array.isArray(reads) ? reads : [reads as PageRead];
  const stuck = list.filter((q) => q.error || q.fetchStatus === 'paused');
  return {
    error: list.find((q) => q.error)?.error,
    paused: list.some((q) => q.fetchStatus === 'paused'),
    onRetry: stuck.length ? () => stuck.forEach((q) => void q.refetch()) : undefined,
  };
}
