import { createRemoteJWKSet, jwtVerify, type JWTPayload, type JWTVerifyOptions } from 'jose';
import type { Actor } from '../../domain/actor';
import { actorFromClaims, InvalidClaimsError } from './actor-claims';
import {
  DEFAULT_CLOCK_SKEW_SECONDS,
  DEFAULT_MAX_TOKEN_LIFETIME_SECONDS,
  type AuthOptions,
} from './auth-options';
import { VerifiedTokenCache } from './verified-token-cache';

/** Identity providers sign with a private key; a JWKS never vouches for a shared-secret (HS*) token. */
const ASYMMETRIC_ALGORITHMS = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
];

/** Distinct tokens whose verification is remembered: a day shift of a large municipality. */
const DEFAULT_VERIFIED_TOKENS = 10_000;

/**
 * Verifies a bearer token's signature, algorithm, expiry (required), lifetime, issuer and
 * audience, and reads the Actor from it. A token without `exp` would never expire.
 */
export class JwtActorVerifier {
  private readonly verifyToken: (token: string) => ReturnType<typeof jwtVerify>;
  private readonly maxLifetime: number;
  private readonly skew: number;
  private readonly verified: VerifiedTokenCache<Actor>;

  constructor(options: AuthOptions, cache: { maxEntries?: number; now?: () => number } = {}) {
    this.verified = new VerifiedTokenCache(
      cache.maxEntries ?? DEFAULT_VERIFIED_TOKENS,
      cache.now ?? Date.now,
    );
    this.maxLifetime = options.maxTokenLifetimeSeconds ?? DEFAULT_MAX_TOKEN_LIFETIME_SECONDS;
    this.skew = options.clockSkewSeconds ?? DEFAULT_CLOCK_SKEW_SECONDS;
    const checks: JWTVerifyOptions = {
      requiredClaims: ['exp'],
      clockTolerance: this.skew,
      ...(options.issuer ? { issuer: options.issuer } : {}),
      ...(options.audience ? { audience: options.audience } : {}),
    };
    if (options.jwksUrl) {
      const keys = createRemoteJWKSet(new URL(options.jwksUrl));
      this.verifyToken = (token) =>
        jwtVerify(token, keys, { ...checks, algorithms: ASYMMETRIC_ALGORITHMS });
    } else if (options.secret) {
      const key = new TextEncoder().encode(options.secret);
      this.verifyToken = (token) => jwtVerify(token, key, { ...checks, algorithms: ['HS256'] });
    } else {
      throw new Error('Authentication needs a JWKS URL or a shared secret.');
    }
  }

  /**
   * A token seen before is answered from the cache until its `exp` (never the clock skew
   * beyond it); a refused one is verified again on every request.
   */
  async verify(token: string): Promise<Actor> {
    const known = this.verified.get(token);
    if (known) return known;
    const { payload } = await this.verifyToken(token);
    this.checkLifetime(payload);
    // Shared by every request with this token, so nothing may change it.
    const claims = actorFromClaims(payload);
    const actor: Actor = Object.freeze({
      ...claims,
      roles: Object.freeze([...claims.roles]),
      teamIds: Object.freeze([...claims.teamIds]),
    });
    this.verified.set(token, actor, Number(payload.exp) * 1000);
    return actor;
  }

  private checkLifetime({ exp, iat }: JWTPayload): void {
    const now = Math.floor(Date.now() / 1000);
    const limit = this.maxLifetime + this.skew;
    if (typeof iat === 'number' && iat > now + this.skew) {
      throw new InvalidClaimsError('the token was issued in the future (iat)');
    }
    // jose has checked that exp is a number; a lifetime is measured from issue and from now.
    const expiry = Number(exp);
    if (expiry - now > limit || (typeof iat === 'number' && expiry - iat > limit)) {
      throw new InvalidClaimsError(
        `the token lives longer than the ${this.maxLifetime} seconds allowed`,
      );
    }
  }
}
