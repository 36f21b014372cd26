/// <reference types="vite-plugin-pwa/client" />
import { registerSW } from 'virtual:pwa-register';

/**
 * Registers the Workbox service worker of a build (the dev server, with hot reload, has none:
 * `import.meta.hot` is its mark; `PROD` is not, a build made under vitest has it false). A new
 * build activates at once and takes over open tabs; the page does not reload by itself, so a form
 * being filled is never yanked away: the next navigation gets the new app.
 */
export function registerServiceWorker(): void {
  if (import.meta.hot || !('serviceWorker' in navigator)) return;
  registerSW({ immediate: true });
}
