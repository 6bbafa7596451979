import type { TenantId } from '@lavterskel/kernel';

/**
 * Port: the municipality's clients, as the client registry knows them. The application
 * supplies it (the reference API: from @lavterskel/clients).
 */
export interface ClientRoster {
  /** Ids of the tenant's active clients in ascending order, those after `after` only, at most `limit`. */
  activeClientIds(query: { tenantId: TenantId; after?: string; limit: number }): Promise<string[]>;
  /** Is `clientId` a client of the tenant, in any status? */
  isClient(tenantId: TenantId, clientId: string): Promise<boolean>;
}
