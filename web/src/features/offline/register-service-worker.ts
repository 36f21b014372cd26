/// <reference types="vite-plugin-pwa/client" />
import { registerSW } from 'virtual:pwa-register';
import { keepFirstReads } from './keep-first-reads';

/**
 * Registers the Workbox service worker of a build (the dev server, with hot reload, has none:
 * `import.meta.hot` is its mark; `PROD` is not, a build made under vitest has it false). A new
 * build activates at once and takes over open tabs; the page does not reload by itself, so a form
 * being filled is never yanked away: the next navigation gets the new app. A page loaded before
 * the worker controlled it has its reads sent again through the worker once it does
 * (`keep-first-reads.ts`), so a form opened once can be reopened offline.
 */
export function registerServiceWorker(): void {
  if (import.meta.hot || !('serviceWorker' in navigator)) return;
  keepFirstReads(navigator.serviceWorker);
  registerSW({ immediate: true });
}
