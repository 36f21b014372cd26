import type { QueryClient } from '@tanstack/react-query';
import { setTokenSource } from '../api/client';
import type { AuthProvider } from '../auth/auth-provider';
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
  // token, which restore refused, is never used).
  const early = earlyStart()?.fill;
  void prefetchFillData(queryClient, id, early && early.id === id && early.token === session.token ? early : undefined);
  return true;
}
