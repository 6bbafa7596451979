import type { TenantId } from './tenant-id';

/**
 * Who is acting: a staff member or a system, always inside one municipality.
 * Built from the bearer token by the HTTP layer; use cases receive it explicitly.
 */
export interface Actor {
  /** Stable subject id from the identity provider (`sub`). */
  readonly subject: string;
  readonly tenantId: TenantId;
  readonly roles: readonly string[];
  /** Teams the actor works in; need-to-know access follows team membership. */
  readonly teamIds: readonly string[];
  readonly displayName?: string;
}

export function hasAnyRole(actor: Actor, roles: readonly string[]): boolean {
  return roles.some((role) => actor.roles.includes(role));
}
