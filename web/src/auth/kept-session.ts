import type { Session, SessionUser } from './auth-provider';

/**
 * Where the refresh token is kept: localStorage, so that every tab of the app shares the sign-in
 * (people keep a form in one tab and results in another). It is an opaque 12-hour credential,
 * rotated on every use: a copy taken from storage stops working at the next refresh, and using it
 * then ends the sign-in.
 */
export const REFRESH_KEY = 'dabiao.refresh';
/**
 * The tab's current access token (with its expiry and user), in sessionStorage: a reload of the
 * tab reads at once with it instead of first waiting for a refresh (one round trip and one render
 * fewer before the form's reads start). Security trade-off: a script injected into the page could
 * read it, as it could the refresh token in localStorage, which is worth more (12 hours,
 * renewable); this one lives at most 15 minutes, stays in its tab (sessionStorage is not shared
 * with other tabs or kept after the tab closes), is cleared at sign-out, and is not used once the
 * device's sign-in has ended (no refresh token left) or another user has signed in since. A token
 * the API refuses (expired, key rotated) gets one refresh on its 401 (`api/client.ts`).
 */
export const ACCESS_KEY = 'dabiao.access';
/** A kept access token with less left than this is not worth using: the page refreshes instead. */
const RESTORE_MIN_LEFT_MS = 60_000;
/** Who signed in last on this device: what an offline reload shows while the server cannot be asked. */
export const USER_KEY = 'dabiao.user';

/**
 * The tab's kept session, if it is still this device's sign-in and has a useful time left. Also
 * run by the start-up script (`app/early-start.ts`) before the app, so it imports nothing.
 */
export function restoreForTab(): Session | null {
  try {
    const kept = JSON.parse(sessionStorage.getItem(ACCESS_KEY) ?? 'null') as Session | null;
    const user = JSON.parse(localStorage.getItem(USER_KEY) ?? 'null') as SessionUser | null;
    if (!kept || typeof kept.token !== 'string' || !kept.token || typeof kept.expiresAt !== 'number' || !kept.user) return null;
    // Signed out meanwhile (in this tab or another), or another user signed in on this device.
    if (!localStorage.getItem(REFRESH_KEY) || !user || user.sub !== kept.user.sub) return null;
    if (kept.expiresAt - Date.now() < RESTORE_MIN_LEFT_MS) return null;
    return kept;
  } catch {
    return null;
  }
}
