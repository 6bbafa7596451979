import { randomUUID } from 'node:crypto';
import type { BenchContext } from '../scenarios/scenario';
import type { EncounterBody } from '../scenarios/record-encounter';
import type { StaffWithToken } from '../fixtures/staff';
import type { SqlUnit } from '../load/sql-load';
import { assertCareRelation, callerOf, claimIdempotencyKey, run, transaction } from './statements';

/** Encounter: the care relation, the row, the idempotency claim with its audit row (one statement). */
export function recordEncounterUnit(
  context: BenchContext,
  staff: StaffWithToken,
  clientId: string,
  body: EncounterBody,
): SqlUnit {
  const caller = callerOf(context.tenant, staff);
  const id = randomUUID();
  return (client) =>
    transaction(client, async () => {
      await assertCareRelation(client, caller, clientId, context.today);
      await run(
        client,
        'insert-encounter',
        `INSERT INTO clients.encounter (id, tenant_id, client_id, occurred_at, channel, outcome,
                duration_minutes, topics, note, vedtak_id, intake, recorded_by, recorded_at, service_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, NULL, NULL, false, $9, now(), NULL)`,
        [
          id,
          context.tenant,
          clientId,
          body.occurredAt,
          body.channel,
          body.outcome,
          body.durationMinutes,
          body.topics,
          caller.subject,
        ],
      );
      await claimIdempotencyKey(
        client,
        caller,
        randomUUID(),
        { status: 201, body: { id, clientId, ...body } },
        {
          action: 'create',
          resourceType: 'encounter',
          resourceId: id,
          clientIds: [clientId],
        },
      );
    });
}
