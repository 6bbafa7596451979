import { signDevelopmentToken } from '@lavterskel/kernel/nest';
// Tokens as `npm run token` makes them: signed with the API's built-in development secret.
/* eslint-disable @nx/enforce-module-boundaries */
import { DEVELOPMENT_JWT_SECRET } from '../../../../apps/api/src/config/development-secret';
/* eslint-enable @nx/enforce-module-boundaries */

export interface TokenClaims {
  tenant: string;
  subject: string;
  roles: string[];
  teams?: string[];
}

/** `Bearer <token>` for `claims`, valid for an hour (longer than any run). */
export async function bearer(claims: TokenClaims): Promise<string> {
  const token = await signDevelopmentToken({
    secret: process.env['AUTH_JWT_SECRET'] || DEVELOPMENT_JWT_SECRET,
    tenant: claims.tenant,
    subject: claims.subject,
    roles: claims.roles,
    teams: claims.teams ?? [],
    expiresIn: '1h',
  });
  return `Bearer ${token}`;
}
