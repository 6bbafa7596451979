import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Actor } from '../../domain/actor';
import { ProblemException } from '../problem/problem.exception';
import { POLICY_METADATA, PUBLIC_METADATA } from './auth.decorators';
import type { Policy } from './policy';

/**
 * A library controller's own check of its routes' `@Authorize` policies against
 * `request.actor`, whoever set it: the kernel's AuthGuard or the application's own
 * authentication. No actor is a 401; no policy, or a policy the actor fails, a 403.
 */
@Injectable()
export class PolicyGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_METADATA, targets)) return true;
    const actor = context.switchToHttp().getRequest<{ actor?: Actor }>().actor;
    if (!actor) {
      throw new ProblemException({
        status: 401,
        code: 'auth.missing-token',
        title: 'Unauthorized',
        detail: 'The request carries no authenticated actor.',
      });
    }
    enforcePolicy(
      this.reflector.getAllAndOverride<Policy | undefined>(POLICY_METADATA, targets),
      actor,
    );
    return true;
  }
}

/** Deny by default: a route without a policy, or whose policy the actor fails, is a 403. */
export function enforcePolicy(policy: Policy | undefined, actor: Actor): void {
  if (!policy) {
    throw new ProblemException({
      status: 403,
      code: 'auth.no-policy',
      title: 'Forbidden',
      detail: 'This route declares no access policy, so access is denied.',
    });
  }
  if (!policy.allows(actor)) {
    throw new ProblemException({
      status: 403,
      code: 'auth.forbidden',
      title: 'Forbidden',
      detail: `This route requires ${policy.description}.`,
    });
  }
}
