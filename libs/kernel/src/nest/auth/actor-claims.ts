import type { JWTPayload } from 'jose';
import type { Actor } from '../../domain/actor';
import { isTenantId } from '../../domain/tenant-id';

/**
 * The claims Lavterskel reads from an access token:
 * `sub` (who), `tenant` (the 4-digit kommunenummer), `roles`, `teams` (team ids), `name`.
 */
export interface LavterskelClaims {
  sub: string;
  tenant: string;
  roles?: string[];
  teams?: string[];
  name?: string;
}

export class InvalidClaimsError extends Error {}

export function actorFromClaims(payload: JWTPayload): Actor {
  const { sub, tenant, roles = [], teams = [], name } = payload as Partial<LavterskelClaims>;
  if (typeof sub !== 'string' || sub.length === 0) throw new InvalidClaimsError('the token has no subject (sub)');
  if (!isTenantId(tenant)) throw new InvalidClaimsError('the token has no valid tenant claim (a 4-digit kommunenummer)');
  if (!isStringArray(roles)) throw new InvalidClaimsError('the roles claim must be a list of strings');
  if (!isStringArray(teams)) throw new InvalidClaimsError('the teams claim must be a list of strings');
  return {
    subject: sub,
    tenantId: tenant,
    roles,
    teamIds: teams,
    ...(typeof name === 'string' ? { displayName: name } : {}),
  };
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}
