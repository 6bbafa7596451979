import type { BenchContext } from '../scenarios/scenario';
import type { StaffWithToken } from '../fixtures/staff';
import type { SqlUnit } from '../load/sql-load';
import { auditFrom, auditValues, callerOf, CARE_RELATION, run } from './statements';

/** Read, in one statement: the client with its open flags if in care, and its audit row. */
export function readClientUnit(
  context: BenchContext,
  staff: StaffWithToken,
  clientId: string,
): SqlUnit {
  const caller = callerOf(context.tenant, staff);
  return async (client) => {
    const rows = await run(
      client,
      'read-client',
      `WITH found AS (
         SELECT c.*, ARRAY(SELECT f.code FROM clients.vulnerability_flag f
                            WHERE f.tenant_id = c.tenant_id AND f.client_id = c.id AND f.cleared_at IS NULL) AS flags
           FROM clients.client c WHERE c.tenant_id = $1 AND c.id = $2 AND (${CARE_RELATION})),
       audited AS (${auditFrom('SELECT id::text, id FROM found', 6)})
       SELECT * FROM found`,
      [
        context.tenant,
        clientId,
        caller.subject,
        caller.teamIds,
        context.today,
        ...auditValues(caller, 'read', 'client'),
      ],
    );
    if (rows.length !== 1) throw new Error(`client ${clientId} not found or not in care`);
  };
}
