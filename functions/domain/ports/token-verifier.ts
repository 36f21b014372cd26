/** The roles the product knows. */
export type Role = 'admin' | 'expert' | 'institution' | 'commission';

/** Who is calling, as established by a verified token. */
export interface Principal {
  sub: string;
  username: string;
  role: Role;
  /** Set for the institution role: the only institution this caller may see. */
  institutionId?: string;
  /** Set for the commission role: the region (and the regions under it) this caller may see. */
  regionId?: string;
  /**
   * Set on the short-lived token a sign-in with a one-time password gets: it allows changing the
   * password and nothing else.
   */
  purpose?: 'password-change';
}

/** Turns a bearer token into a principal; throws the domain's `UnauthorizedError` when it cannot. */
export interface TokenVerifier {
  verify(token: string): Promise<Principal>;
}
