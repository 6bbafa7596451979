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
}
