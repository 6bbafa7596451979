import type { Actor, TenantId } from '@lavterskel/kernel';
import type { ClientRoster } from '../client-roster';

/** A roster in memory: the clients of each tenant, and which of them are active. */
export class InMemoryClientRoster implements ClientRoster {
  private readonly clients: { tenantId: TenantId; clientId: string; active: boolean }[] = [];

  add(tenantId: TenantId, clientId: string, active = true): this {
    this.clients.push({ tenantId, clientId, active });
    return this;
  }

  async activeClientIds(query: { actor: Actor; after?: string; limit: number }): Promise<string[]> {
    return this.clients
      .filter(
        (client) =>
          client.tenantId === query.actor.tenantId &&
          client.active &&
          (query.after === undefined || client.clientId > query.after),
      )
      .map((client) => client.clientId)
      .sort()
      .slice(0, query.limit);
  }

  async isClient(query: { actor: Actor; clientId: string }): Promise<boolean> {
    return this.clients.some(
      (client) => client.tenantId === query.actor.tenantId && client.clientId === query.clientId,
    );
  }
}
