/**
 * The one seam between the pages and whoever issues identities. The built-in identity
 * (`builtin-auth.ts`) takes a username and password; a hosted provider (OIDC) would redirect
 * instead, behind the same interface, and no page changes.
 */
export interface SessionUser {
  sub: string;
  username: string;
  role: 'admin' | 'expert' | 'institution' | 'commission';
  institutionId?: string;
  regionId?: string;
}

/** A signed-in user with a current access token (in memory, and for a reload in the tab's sessionStorage). */
export interface Session {
  token: string;
  /** Epoch milliseconds when the access token runs out. */
  expiresAt: number;
  user: SessionUser;
}

/** What a sign-in led to: a session, or a one-time password that must be replaced first. */
export type SignInResult = { state: 'signed-in'; session: Session } | { state: 'password-change-required'; changeToken: string; user: SessionUser };

export interface AuthProvider {
  /** How the login page asks for credentials: a form here, a redirect for hosted identity providers. */
  readonly kind: 'password' | 'redirect';
  signIn(credentials: { username: string; password: string }): Promise<SignInResult>;
  /** Changes the password with the current access token, or the change token of a forced change. */
  changePassword(input: { oldPassword: string; newPassword: string; changeToken?: string }): Promise<Session>;
  /**
   * The session this tab already had (a reload), synchronously, when it is still valid long
   * enough to use: the pages start their reads without waiting for {@link refresh}. Optional: a
   * provider without it always refreshes first.
   */
  restore?(): Session | null;
  /**
   * A new access token from the stored refresh token; null when there is none, it is refused, or
   * the sign-in ended (sign-out, another sign-in) while the answer was on its way.
   */
  refresh(): Promise<Session | null>;
  /**
   * Calls `onEnded` when another tab ends this device's sign-in (signs out, or its refresh is
   * refused); returns the unsubscribe. Optional: without it a tab notices at its next refresh.
   */
  watch?(onEnded: () => void): () => void;
  signOut(): Promise<void>;
}
