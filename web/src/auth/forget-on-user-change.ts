import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';

/** The service worker's cache of API reads (`web/vite.config.ts`, runtime caching `dabiao-api`). */
export const API_CACHE = 'dabiao-api';

/**
 * True when what was read for `previous` must go: that user signed out (or another tab signed
 * out), or another user took the browser. Not on the first sign-in of a page, nor on a refresh.
 */
export function userChanged(previous: string | undefined, next: string | undefined): boolean {
  return previous !== undefined && previous !== next;
}

/**
 * Forgets the previous user's reads when the signed-in user changes: the query cache (fresh for
 * 30 s) and the service worker's cached API reads (kept 30 days for offline use and keyed by URL
 * alone), so a shared computer never shows one account's rounds or results to the next.
 */
export function useForgetOnUserChange(sub: string | undefined): void {
  const queryClient = useQueryClient();
  const last = useRef(sub);
  useEffect(() => {
    const previous = last.current;
    last.current = sub;
    if (!userChanged(previous, sub)) return;
    queryClient.clear();
    if (typeof caches !== 'undefined') void caches.delete(API_CACHE).catch(() => undefined);
  }, [sub, queryClient]);
}
