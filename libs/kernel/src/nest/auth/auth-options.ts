/** How bearer tokens are verified. Exactly one of `jwksUrl` or `secret`. */
export interface AuthOptions {
  /** JWKS endpoint of the identity provider (HelseID or the municipality's OIDC provider). */
  jwksUrl?: string;
  /** HS256 shared secret: development and tests only. */
  secret?: string;
  /** Expected `iss`, when set. */
  issuer?: string;
  /** Expected `aud`, when set. */
  audience?: string;
  /** Longest lifetime (`exp` − `iat`, and `exp` − now) accepted; default 12 hours. */
  maxTokenLifetimeSeconds?: number;
  /** Clock difference tolerated on `exp`, `nbf` and `iat`; default 60 seconds. */
  clockSkewSeconds?: number;
}

export const DEFAULT_MAX_TOKEN_LIFETIME_SECONDS = 12 * 60 * 60;
export const DEFAULT_CLOCK_SKEW_SECONDS = 60;
