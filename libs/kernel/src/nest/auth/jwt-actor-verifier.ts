import { createRemoteJWKSet, jwtVerify, type JWTVerifyOptions } from 'jose';
import type { Actor } from '../../domain/actor';
import { actorFromClaims } from './actor-claims';
import type { AuthOptions } from './auth-options';

/** Verifies a bearer token's signature, expiry, issuer and audience, and reads the Actor from it. */
export class JwtActorVerifier {
  private readonly verifyToken: (token: string) => ReturnType<typeof jwtVerify>;

  constructor(options: AuthOptions) {
    const checks: JWTVerifyOptions = {
      ...(options.issuer ? { issuer: options.issuer } : {}),
      ...(options.audience ? { audience: options.audience } : {}),
    };
    if (options.jwksUrl) {
      const keys = createRemoteJWKSet(new URL(options.jwksUrl));
      this.verifyToken = (token) => jwtVerify(token, keys, checks);
    } else if (options.secret) {
      const key = new TextEncoder().encode(options.secret);
      this.verifyToken = (token) => jwtVerify(token, key, { ...checks, algorithms: ['HS256'] });
    } else {
      throw new Error('Authentication needs a JWKS URL or a shared secret.');
    }
  }

  async verify(token: string): Promise<Actor> {
    const { payload } = await this.verifyToken(token);
    return actorFromClaims(payload);
  }
}
