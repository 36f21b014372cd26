import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { AuthProvider, Session, SessionUser, SignInResult } from './auth-provider';
import { setTokenSource, setUnauthorizedHandler } from '../api/client';
import { useForgetOnUserChange } from './forget-on-user-change';

/** Refresh this long before the access token runs out, so requests never carry an expired one. */
const REFRESH_MARGIN_MS = 60_000;

interface AuthState {
  session: Session | null;
  /** True while a reload's sign-in is being restored from the refresh token. */
  restoring: boolean;
  /** After a sign-in with a one-time password, until it is changed: nothing else is open. */
  pendingChange: { changeToken: string; user: SessionUser } | null;
  provider: AuthProvider;
  signIn(credentials: { username: string; password: string }): Promise<SignInResult>;
  changePassword(input: { oldPassword: string; newPassword: string }): Promise<void>;
  signOut(): Promise<void>;
}

const Ctx = createContext<AuthState | null>(null);

/** Holds the session for the pages; which provider issues it is decided once, in `app/providers.tsx`. */
export function AuthContextProvider({ provider, children }: { provider: AuthProvider; children: ReactNode }) {
  // A reload keeps the tab's access token (sessionStorage): no refresh before the first reads.
  const [restored] = useState(() => provider.restore?.() ?? null);
  const [session, setSession] = useState<Session | null>(restored);
  const [restoring, setRestoring] = useState(!restored);
  const [pendingChange, setPendingChange] = useState<AuthState['pendingChange']>(null);
  const current = useRef<Session | null>(null);
  useForgetOnUserChange(restoring ? undefined : session?.user.sub);
  current.current = session;
  setTokenSource(() => current.current?.token ?? null);
  // Bumped by every sign-in and sign-out: a refresh answered after one of them belongs to the
  // sign-in before it and must neither replace nor end the session that followed.
  const generation = useRef(0);

  const refresh = useCallback(async () => {
    const started = generation.current;
    const next = await provider.refresh();
    if (started !== generation.current) return null;
    setSession(next);
    return next;
  }, [provider]);

  useEffect(() => {
    setUnauthorizedHandler(async () => (await refresh())?.token ?? null);
    // The kept token is renewed by the timer below, a minute before it runs out.
    if (restored) return;
    let live = true;
    const started = generation.current;
    void provider.refresh().then((fresh) => {
      if (!live) return;
      if (started === generation.current) setSession(fresh);
      setRestoring(false);
    });
    return () => {
      live = false;
    };
  }, [provider, refresh, restored]);

  // Another tab signed out: this tab's token must not go on being used for up to 15 minutes.
  useEffect(
    () =>
      provider.watch?.(() => {
        generation.current++;
        setSession(null);
        setPendingChange(null);
      }),
    [provider],
  );

  // Renew shortly before expiry; a tab that slept past it gets a 401, then one refresh (client.ts).
  useEffect(() => {
    if (!session) return;
    const timer = setTimeout(() => void refresh(), Math.max(session.expiresAt - Date.now() - REFRESH_MARGIN_MS, 0));
    return () => clearTimeout(timer);
  }, [session, refresh]);

  const signIn = useCallback(
    async (credentials: { username: string; password: string }) => {
      const result = await provider.signIn(credentials);
      generation.current++;
      if (result.state === 'signed-in') {
        setPendingChange(null);
        setSession(result.session);
      } else setPendingChange({ changeToken: result.changeToken, user: result.user });
      return result;
    },
    [provider],
  );
  const changePassword = useCallback(
    async (input: { oldPassword: string; newPassword: string }) => {
      const next = await provider.changePassword({ ...input, changeToken: pendingChange?.changeToken });
      generation.current++;
      setPendingChange(null);
      setSession(next);
    },
    [provider, pendingChange],
  );
  const signOut = useCallback(async () => {
    generation.current++;
    setSession(null);
    setPendingChange(null);
    await provider.signOut();
  }, [provider]);
  const value = useMemo(() => ({ session, restoring, pendingChange, provider, signIn, changePassword, signOut }), [session, restoring, pendingChange, provider, signIn, changePassword, signOut]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

/** The signed-in user (or null) and the sign-in/out actions. */
export function useAuth(): AuthState {
  const value = useContext(Ctx);
  if (!value) throw new Error('useAuth outside AuthContextProvider');
  return value;
}

/** {@link useAuth} for components that also render outside the provider (tests, the first paint): null there. */
export function useMaybeAuth(): AuthState | null {
  return useContext(Ctx);
}
