import {
  SetMetadata,
  applyDecorators,
  createParamDecorator,
  type ExecutionContext,
} from '@nestjs/common';
import { ApiBearerAuth } from '@nestjs/swagger';
import type { Actor } from '../../domain/actor';
import { ApiProblemResponse } from '../problem/api-problem-responses';
import type { Policy } from './policy';

export const POLICY_METADATA = 'lavterskel:policy';
export const PUBLIC_METADATA = 'lavterskel:public';

/** Declares who may call this route (or every route of this controller). */
export function Authorize(policy: Policy): MethodDecorator & ClassDecorator {
  return applyDecorators(
    SetMetadata(POLICY_METADATA, policy),
    ApiBearerAuth(),
    ApiProblemResponse(401, 'No valid bearer token.'),
    ApiProblemResponse(403, `Requires ${policy.description}.`),
  );
}

/** Opens a route to callers without a token (health, documentation, the simple application form). */
export function Public(): MethodDecorator & ClassDecorator {
  return SetMetadata(PUBLIC_METADATA, true);
}

/** The authenticated Actor; set on the request by the AuthGuard (or by your own guard as `request.actor`). */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  const actor = context.switchToHttp().getRequest<{ actor?: Actor }>().actor;
  if (!actor) throw new Error('CurrentActor used on a route without an authenticated actor');
  return actor;
});
