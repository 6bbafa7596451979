import type { DynamicModule } from '@nestjs/common';
import type { TenantId } from '@lavterskel/kernel';
import type { ClientRoster } from '@lavterskel/consent';
import { ConsentModule } from '@lavterskel/consent/nest';
import { ENTITY_MANAGER } from '@lavterskel/kernel/nest';
import type { EntityManagerAccessor } from '@lavterskel/kernel/typeorm';

/**
 * INTERIM: the clients the consent tables know about (anyone with a consent or a sharing
 * decision), standing in for the client registry until @lavterskel/clients offers its roster;
 * then this class goes and `clientRoster` is wired to the clients library's public operation.
 */
export class InterimKnownClientsRoster implements ClientRoster {
  constructor(private readonly manager: EntityManagerAccessor) {}

  async activeClientIds(query: {
    tenantId: TenantId;
    after?: string;
    limit: number;
  }): Promise<string[]> {
    const rows: { client_id: string }[] = await this.manager().query(
      `SELECT client_id FROM (
         SELECT client_id FROM consent.consent WHERE tenant_id = $1
         UNION SELECT client_id FROM consent.sharing_decision WHERE tenant_id = $1
       ) known
       WHERE $2::uuid IS NULL OR client_id > $2::uuid
       ORDER BY client_id LIMIT $3`,
      [query.tenantId, query.after ?? null, query.limit],
    );
    return rows.map((row) => row.client_id);
  }

  async isClient(tenantId: TenantId, clientId: string): Promise<boolean> {
    const rows: unknown[] = await this.manager().query(
      `SELECT 1 FROM consent.consent WHERE tenant_id = $1 AND client_id = $2
       UNION ALL SELECT 1 FROM consent.sharing_decision WHERE tenant_id = $1 AND client_id = $2 LIMIT 1`,
      [tenantId, clientId],
    );
    return rows.length > 0;
  }
}

/** @lavterskel/consent in the reference API: its module, with the adapters its ports need. */
export const consentWiring: DynamicModule = ConsentModule.forRootAsync({
  inject: [ENTITY_MANAGER],
  useFactory: (manager: EntityManagerAccessor) => ({
    clientRoster: new InterimKnownClientsRoster(manager),
  }),
});
