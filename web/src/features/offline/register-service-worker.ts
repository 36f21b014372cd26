/// <reference types="vite-plugin-pwa/client" />
import { registerSW } from 'virtual:pwa-register';

/**
 * Registers the Workbox service worker of the production build (the dev server has none). A new
 * build activates at once and takes over open tabs; the page does not reload by itself, so a form
 * being filled is never yanked away: the next navigation gets the new app.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  registerSW({ immediate: true });
}
