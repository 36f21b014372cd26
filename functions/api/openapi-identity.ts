/** Response schemas of the built-in identity's routes, for the OpenAPI document. */

const str = { type: 'string' };
const int = { type: 'integer' };
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const obj = (properties: Record<string, unknown>, required = Object.keys(properties)) => ({ type: 'object', properties, required });
const role = { enum: ['admin', 'expert', 'institution', 'commission'] };

export const IDENTITY_SCHEMAS: Record<string, unknown> = {
  SessionUser: obj({ sub: str, username: str, role, institutionId: str, regionId: str }, ['sub', 'username', 'role']),
  Session: obj(
    {
      state: { const: 'signed-in' },
      token: { type: 'string', description: 'ES256 access token (15 minutes), sent as Authorization: Bearer' },
      tokenType: { const: 'Bearer' },
      expiresIn: int,
      refreshToken: { type: 'string', description: 'Opaque; spent by its one use (POST /api/auth/refresh returns the next one)' },
      refreshExpiresAt: { type: 'string', description: 'End of this sign-in (12 h after it), however often it is refreshed' },
      user: ref('SessionUser'),
    },
  ),
  PasswordChangeRequired: obj({
    state: { const: 'password-change-required' },
    changeToken: { type: 'string', description: 'Opens POST /api/auth/password only, for 5 minutes' },
    expiresIn: int,
    user: ref('SessionUser'),
  }),
  LoginResult: { oneOf: [ref('Session'), ref('PasswordChangeRequired')] },
  User: obj(
    {
      username: str,
      role,
      institutionId: str,
      regionId: str,
      displayName: str,
      status: { enum: ['active', 'disabled'] },
      mustChangePassword: { type: 'boolean' },
      failedAttempts: int,
      lockedUntil: str,
      lastSignInAt: str,
      passwordChangedAt: str,
      version: int,
      createdAt: str,
      updatedAt: str,
      audit: { type: 'array', items: ref('AuditEntry') },
    },
    ['username', 'role', 'displayName', 'status', 'mustChangePassword', 'failedAttempts', 'version', 'createdAt'],
  ),
  UserPage: obj(
    {
      items: { type: 'array', items: ref('User') },
      total: { type: 'integer', description: 'How many users match, over all pages' },
      nextOffset: { type: 'integer', description: 'The offset of the next page; absent on the last one' },
    },
    ['items', 'total'],
  ),
  UserWithPassword: obj({ user: ref('User'), oneTimePassword: { type: 'string', description: 'Shown this once; never stored. Absent when the admin chose the password' } }, ['user']),
  Jwks: obj({ keys: { type: 'array', items: obj({ kty: str, crv: str, x: str, y: str, kid: str, alg: str, use: str }) } }),
  OpenIdConfiguration: obj({ issuer: str, jwks_uri: str, id_token_signing_alg_values_supported: { type: 'array', items: str } }),
};
