import {
  Inject,
  Injectable,
  Logger,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Actor } from '../../domain/actor';
import { ProblemException } from '../problem/problem.exception';
import { POLICY_METADATA, PUBLIC_METADATA } from './auth.decorators';
import { JwtActorVerifier } from './jwt-actor-verifier';
import type { Policy } from './policy';
import { enforcePolicy } from './policy.guard';

interface AuthenticatedRequest {
  headers: Record<string, string | string[] | undefined>;
  id?: string;
  actor?: Actor;
}

/** Global guard: a valid bearer token, then the route's declared policy. No policy, no access. */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger('AuthGuard');

  constructor(
    private readonly reflector: Reflector,
    @Inject(JwtActorVerifier) private readonly verifier: JwtActorVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_METADATA, targets)) return true;

    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    request.actor = await this.authenticate(request);

    enforcePolicy(
      this.reflector.getAllAndOverride<Policy | undefined>(POLICY_METADATA, targets),
      request.actor,
    );
    return true;
  }

  private async authenticate(request: AuthenticatedRequest): Promise<Actor> {
    const header = request.headers['authorization'];
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    if (!match?.[1]) {
      throw unauthorized(
        'auth.missing-token',
        'Send an access token as "Authorization: Bearer <token>".',
      );
    }
    try {
      return await this.verifier.verify(match[1]);
    } catch (error) {
      const reason = (error as Error).message;
      // A refused token is a security event: log why, never the token itself.
      this.logger.warn(`Refused an access token in request ${request.id ?? '-'}: ${reason}`);
      throw unauthorized('auth.invalid-token', `The access token was refused: ${reason}.`);
    }
  }
}

function unauthorized(code: string, detail: string): ProblemException {
  return new ProblemException({ status: 401, code, title: 'Unauthorized', detail });
}
