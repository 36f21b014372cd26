/// <reference types="vite-plugin-pwa/client" />
import type { QueryClient } from '@tanstack/react-query';
import { registerSW } from 'virtual:pwa-register';
import { keepFirstReads } from './keep-first-reads';
import { whenQuiet } from './when-quiet';

/**
 * Registers the Workbox service worker of a build (the dev server, with hot reload, has none:
 * `import.meta.hot` is its mark; `PROD` is not, a build made under vitest has it false). A new
 * build activates at once and takes over open tabs; the page does not reload by itself, so a form
 * being filled is never yanked away: the next navigation gets the new app. A page loaded before
 * the worker controlled it has its reads sent again through the worker once it does
 * (`keep-first-reads.ts`), so a form opened once can be reopened offline.
 *
 * On a device the worker does not serve yet, its install (the whole app, about a hundred files)
 * waits until the page has shown and its reads are done (`whenQuiet`): started at once, it
 * fetched beside the first form's reads and chunks after sign-in. A device it already serves
 * registers at once: that is one small update check.
 */
export function registerServiceWorker(queryClient: QueryClient): void {
  if (import.meta.hot || !('serviceWorker' in navigator)) return;
  keepFirstReads(navigator.serviceWorker);
  const register = () => void registerSW({ immediate: true });
  if (navigator.serviceWorker.controller) return register();
  const idle = (callback: () => void) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(callback, { timeout: 5000 }) : setTimeout(callback, 0));
  whenQuiet({ busy: () => queryClient.isFetching() > 0, subscribe: (listener) => queryClient.getQueryCache().subscribe(listener), idle }, register);
}
