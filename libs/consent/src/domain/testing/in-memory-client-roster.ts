import type { TenantId } from '@lavterskel/kernel';
import type { ClientRoster } from '../client-roster';

/** A roster in memory: the clients of each tenant, and which of them are active. */
export class InMemoryClientRoster implements ClientRoster {
  private readonly clients: { tenantId: TenantId; clientId: string; active: boolean }[] = [];

  add(tenantId: TenantId, clientId: string, active = true): this {
    this.clients.push({ tenantId, clientId, active });
    return this;
  }

  async activeClientIds(query: {
    tenantId: TenantId;
    after?: string;
    limit: number;
  }): Promise<string[]> {
    return this.clients
      .filter(
        (client) =>
          client.tenantId === query.tenantId &&
          client.active &&
          (query.after === undefined || client.clientId > query.after),
      )
      .map((client) => client.clientId)
      .sort()
      .slice(0, query.limit);
  }

  async isClient(tenantId: TenantId, clientId: string): Promise<boolean> {
    return this.clients.some(
      (client) => client.tenantId === tenantId && client.clientId === clientId,
    );
  }
}
