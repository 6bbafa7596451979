import { SignJWT } from 'jose';

export interface DevelopmentTokenInput {
  secret: string;
  tenant: string;
  subject?: string;
  roles?: string[];
  teams?: string[];
  name?: string;
  /** Lifetime, e.g. `8h` (jose's time-span syntax). */
  expiresIn?: string;
  issuer?: string;
  audience?: string;
}

/** Signs an HS256 token with Lavterskel's claims: for `npm run token` and tests, never production. */
export function signDevelopmentToken(input: DevelopmentTokenInput): Promise<string> {
  const jwt = new SignJWT({
    tenant: input.tenant,
    roles: input.roles ?? [],
    teams: input.teams ?? [],
    ...(input.name ? { name: input.name } : {}),
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(input.subject ?? 'developer')
    .setIssuedAt()
    .setExpirationTime(input.expiresIn ?? '8h');
  if (input.issuer) jwt.setIssuer(input.issuer);
  if (input.audience) jwt.setAudience(input.audience);
  return jwt.sign(new TextEncoder().encode(input.secret));
}
