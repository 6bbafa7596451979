import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Actor } from '../../domain/actor';
import { ProblemException } from '../problem/problem.exception';
import { POLICY_METADATA, PUBLIC_METADATA } from './auth.decorators';
import { JwtActorVerifier } from './jwt-actor-verifier';
import type { Policy } from './policy';

interface AuthenticatedRequest {
  headers: Record<string, string | string[] | undefined>;
  actor?: Actor;
}

/** Global guard: a valid bearer token, then the route's declared policy. No policy, no access. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(JwtActorVerifier) private readonly verifier: JwtActorVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_METADATA, targets)) return true;

    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    request.actor = await this.authenticate(request);

    const policy = this.reflector.getAllAndOverride<Policy | undefined>(POLICY_METADATA, targets);
    if (!policy) {
      throw new ProblemException({
        status: 403,
        code: 'auth.no-policy',
        title: 'Forbidden',
        detail: 'This route declares no access policy, so access is denied.',
      });
    }
    if (!policy.allows(request.actor)) {
      throw new ProblemException({
        status: 403,
        code: 'auth.forbidden',
        title: 'Forbidden',
        detail: `This route requires ${policy.description}.`,
      });
    }
    return true;
  }

  private async authenticate(request: AuthenticatedRequest): Promise<Actor> {
    const header = request.headers['authorization'];
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    if (!match?.[1]) {
      throw unauthorized('auth.missing-token', 'Send an access token as "Authorization: Bearer <token>".');
    }
    try {
      return await this.verifier.verify(match[1]);
    } catch (error) {
      throw unauthorized('auth.invalid-token', `The access token was refused: ${(error as Error).message}.`);
    }
  }
}

function unauthorized(code: string, detail: string): ProblemException {
  return new ProblemException({ status: 401, code, title: 'Unauthorized', detail });
}
