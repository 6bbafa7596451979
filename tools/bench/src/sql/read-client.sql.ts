import type { BenchContext } from '../scenarios/scenario';
import type { StaffWithToken } from '../fixtures/staff';
import type { SqlUnit } from '../load/sql-load';
import { assertCareRelation, audit, callerOf, run, transaction } from './statements';

/** Read: the care relation, the client with its open flags, one audit row. */
export function readClientUnit(
  context: BenchContext,
  staff: StaffWithToken,
  clientId: string,
): SqlUnit {
  const caller = callerOf(context.tenant, staff);
  return (client) =>
    transaction(client, async () => {
      await assertCareRelation(client, caller, clientId, context.today);
      const rows = await run(
        client,
        'read-client',
        `SELECT c.*, ARRAY(SELECT f.code FROM clients.vulnerability_flag f
                            WHERE f.tenant_id = c.tenant_id AND f.client_id = c.id AND f.cleared_at IS NULL) AS flags
           FROM clients.client c WHERE c.tenant_id = $1 AND c.id = $2`,
        [context.tenant, clientId],
      );
      if (rows.length !== 1) throw new Error(`client ${clientId} not found`);
      await audit(client, caller, {
        action: 'read',
        resourceType: 'client',
        resourceId: clientId,
        clientIds: [clientId],
      });
    });
}
