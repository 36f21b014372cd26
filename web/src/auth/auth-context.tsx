import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { AuthProvider, Session } from './auth-provider';
import { setTokenSource } from '../api/client';

interface AuthState {
  session: Session | null;
  provider: AuthProvider;
  signIn(credentials: { username: string; password: string }): Promise<Session>;
  signOut(): void;
}

const Ctx = createContext<AuthState | null>(null);

/** Holds the session for the pages; which provider issues it is decided once, in `app/providers.tsx`. */
export function AuthContextProvider({ provider, children }: { provider: AuthProvider; children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(() => provider.restore());
  setTokenSource(() => session?.token ?? null);
  const signIn = useCallback(
    async (credentials: { username: string; password: string }) => {
      const next = await provider.signIn(credentials);
      setSession(next);
      return next;
    },
    [provider],
  );
  const signOut = useCallback(() => {
    provider.signOut();
    setSession(null);
  }, [provider]);
  const value = useMemo(() => ({ session, provider, signIn, signOut }), [session, provider, signIn, signOut]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

/** The signed-in user (or null) and the sign-in/out actions. */
export function useAuth(): AuthState {
  const value = useContext(Ctx);
  if (!value) throw new Error('useAuth outside AuthContextProvider');
  return value;
}
