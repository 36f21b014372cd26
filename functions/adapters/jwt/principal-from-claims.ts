import type { JWTPayload } from 'jose';
import { UnauthorizedError } from '../../domain/errors.js';
import type { Principal, Role } from '../../domain/ports/token-verifier.js';

const ROLES: readonly Role[] = ['admin', 'expert', 'institution', 'commission'];

/**
 * Which claims carry the role, the institution and the region, each tried in order. An issuer
 * other than ours (a province's identity platform) names them differently: `CLAIM_ROLE`,
 * `CLAIM_INSTITUTION` and `CLAIM_REGION` replace these lists (functions/config.ts).
 */
export interface ClaimMapping {
  role: readonly string[];
  institution: readonly string[];
  region: readonly string[];
}

/** Our own tokens carry `role`, `institutionId`, `regionId`; Cognito's `custom:*` or `cognito:groups`. */
export const DEFAULT_CLAIMS: ClaimMapping = {
  role: ['role', 'custom:role', 'cognito:groups'],
  institution: ['institutionId', 'custom:institutionId'],
  region: ['regionId', 'custom:regionId'],
};

/** Values of `names` in `claims`, in order; a list claim (groups) contributes each entry. */
const values = (claims: JWTPayload, names: readonly string[]) => names.flatMap((name) => (Array.isArray(claims[name]) ? (claims[name] as unknown[]) : [claims[name]]));

/**
 * Reads a principal from verified token claims through `mapping`. A token whose `purpose` is
 * `password-change` yields a principal that may only change its password (`auth-middleware.ts`).
 */
export function principalFromClaims(claims: JWTPayload, mapping: ClaimMapping = DEFAULT_CLAIMS): Principal {
  const role = values(claims, mapping.role).find((r): r is Role => ROLES.includes(r as Role));
  if (!claims.sub || !role) throw new UnauthorizedError('The token carries no subject or no role');
  const username = [claims.username, claims['cognito:username'], claims.preferred_username, claims.sub].find((u): u is string => typeof u === 'string') ?? claims.sub;
  const institutionId = values(claims, mapping.institution).find((i): i is string => typeof i === 'string' && i.length > 0);
  const regionId = values(claims, mapping.region).find((i): i is string => typeof i === 'string' && i.length > 0);
  if (role === 'institution' && !institutionId) throw new UnauthorizedError('An institution token must name its institution');
  if (role === 'commission' && !regionId) throw new UnauthorizedError('A commission token must name its region');
  return {
    sub: claims.sub,
    username,
    role,
    ...(institutionId ? { institutionId } : {}),
    ...(regionId ? { regionId } : {}),
    ...(claims.purpose === 'password-change' ? { purpose: 'password-change' as const } : {}),
  };
}
