/**
 * The API address the runtime configuration named on this device's last start, in localStorage:
 * the start-up script (`app/early-start.ts`) sends a form's reads there at once instead of first
 * waiting for `/config.json` (which, in the same turn, also waits for the browser to compile the
 * app's entry). Only a guess: the app takes those replies only when this start's configuration
 * names the same address (`app/early-reads.ts`). Imports nothing: the start-up script bundles it.
 */
export const API_URL_KEY = 'dabiao.api-url';

/** The address kept by the last start, or undefined (first start, storage unavailable). */
export function keptApiUrl(): string | undefined {
  try {
    const url = localStorage.getItem(API_URL_KEY);
    return url && /^https?:\/\//.test(url) ? url : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps the address this start's configuration names (without trailing slashes). */
export function keepApiUrl(url: string): void {
  try {
    if (localStorage.getItem(API_URL_KEY) !== url) localStorage.setItem(API_URL_KEY, url);
  } catch {
    // Storage full or refused: the next start waits for the configuration, as without it.
  }
}
