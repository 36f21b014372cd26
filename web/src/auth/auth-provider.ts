/**
 * The one seam between the pages and whoever issues identities. Locally it is a username and
 * password (`local-auth.ts`); the deploy issue plugs Cognito in behind the same interface, and no
 * page changes.
 */
export interface Session {
  token: string;
  user: { sub: string; username: string; role: 'admin' | 'expert' | 'institution'; institutionId?: string };
}

export interface AuthProvider {
  /** How the login page asks for credentials: a form here, a redirect for hosted identity providers. */
  readonly kind: 'password' | 'redirect';
  signIn(credentials: { username: string; password: string }): Promise<Session>;
  signOut(): void;
  /** The session that survives a reload, if any. */
  restore(): Session | null;
}
