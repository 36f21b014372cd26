import type { JWTPayload } from 'jose';
import { UnauthorizedError } from '../../domain/errors.js';
import type { Principal, Role } from '../../domain/ports/token-verifier.js';

const ROLES: readonly Role[] = ['admin', 'expert', 'institution', 'commission'];

/**
 * Reads a principal from verified token claims. Local tokens carry `role`, `institutionId` and `regionId`;
 * Cognito tokens carry `custom:role` / `custom:institutionId` or a `cognito:groups` role.
 */
export function principalFromClaims(claims: JWTPayload): Principal {
  const groups = Array.isArray(claims['cognito:groups']) ? (claims['cognito:groups'] as unknown[]) : [];
  const role = [claims.role, claims['custom:role'], ...groups].find((r): r is Role => ROLES.includes(r as Role));
  if (!claims.sub || !role) throw new UnauthorizedError('The token carries no subject or no role');
  const username = [claims.username, claims['cognito:username'], claims.sub].find((u): u is string => typeof u === 'string') ?? claims.sub;
  const institutionId = [claims.institutionId, claims['custom:institutionId']].find((i): i is string => typeof i === 'string' && i.length > 0);
  const regionId = [claims.regionId, claims['custom:regionId']].find((i): i is string => typeof i === 'string' && i.length > 0);
  if (role === 'institution' && !institutionId) throw new UnauthorizedError('An institution token must name its institution');
  if (role === 'commission' && !regionId) throw new UnauthorizedError('A commission token must name its region');
  return { sub: claims.sub, username, role, ...(institutionId ? { institutionId } : {}), ...(regionId ? { regionId } : {}) };
}
