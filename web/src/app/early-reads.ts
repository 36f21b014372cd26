import type { QueryClient } from '@tanstack/react-query';
import { setTokenSource } from '../api/client';
import type { AuthProvider } from '../auth/auth-provider';
import { runtimeConfig } from '../auth/runtime-config';
import { prefetchFillData } from '../features/filling/api/queries';
import { earlyStart } from './early-start';

/** The fill route (`/inst/fill/:id` in App.tsx). */
const FILL_PATH = /^\/inst\/fill\/([^/]+)\/?$/;

/**
 * A form opened directly (a link, a reload) with the tab's session still kept: its reads start
 * before React's first render, right after the runtime configuration, instead of in
 * `PrefetchFill`'s effect once the app has rendered (which then finds them in the cache or in
 * flight). Returns whether it started them. Anything else is left to the pages as before.
 */
export function startEarlyReads(queryClient: QueryClient, auth: AuthProvider, path: string): boolean {
  const match = FILL_PATH.exec(path);
  if (!match) return false;
  const session = auth.restore?.();
  if (!session) return false;
  // The auth context installs its own source (the same session) when it renders.
  setTokenSource(() => session.token);
  const id = decodeURIComponent(match[1]!);
  // Reads the start-up script already sent for this very form and token (another user's kept
  // token, which restore refused, is never used) to the API this start is configured with (it
  // may have sent them to the one the device's last start named): else the app asks itself.
  const early = earlyStart()?.fill;
  const apiUrl = runtimeConfig().apiUrl;
  const sameApi = <T>(reply: Promise<T>) => {
    const checked = early!.apiUrl.then((url) => (url === apiUrl ? reply : Promise.reject(new Error(`sent to ${url}, not ${apiUrl}`))));
    // The checklist's is taken only once the submission has arrived: never an unhandled rejection.
    checked.catch(() => undefined);
    return checked;
  };
  void prefetchFillData(queryClient, id, early && early.id === id && early.token === session.token ? { submission: sameApi(early.submission), checklist: sameApi(early.checklist) } : undefined);
  return true;
}
