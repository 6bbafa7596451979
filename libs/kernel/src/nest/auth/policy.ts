import type { Actor } from '../../domain/actor';
import { hasAnyRole } from '../../domain/actor';

/**
 * Who may call a route. Every route declares one with `@Authorize(policy)`; a route
 * without a policy is refused (deny by default). Record-level need-to-know is
 * checked by the use case, not here.
 */
export interface Policy {
  /** Shown in the OpenAPI description and in 403 responses. */
  readonly description: string;
  allows(actor: Actor): boolean;
}

export const Policies = {
  anyRole(...roles: string[]): Policy {
    return {
      description: `one of the roles: ${roles.join(', ')}`,
      allows: (actor) => hasAnyRole(actor, roles),
    };
  },
};
