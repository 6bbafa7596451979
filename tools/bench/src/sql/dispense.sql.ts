import { randomUUID } from 'node:crypto';
import type { BenchContext } from '../scenarios/scenario';
import type { Dispensing } from '../scenarios/dispense';
import type { SqlUnit } from '../load/sql-load';
import { assertCareRelation, callerOf, claimIdempotencyKey, run, transaction } from './statements';

/** Dispensing: the prescription, the care relation, the event (the unique index keeps it once a day), the claim with its audit row (one statement). */
export function dispenseUnit(context: BenchContext, dispensing: Dispensing): SqlUnit {
  const caller = callerOf(context.tenant, dispensing.staff);
  const id = randomUUID();
  return (client) =>
    transaction(client, async () => {
      const [prescription] = await run<{ client_id: string; daily_dose_mg: string }>(
        client,
        'prescription',
        'SELECT * FROM services.prescription WHERE tenant_id = $1 AND id = $2',
        [context.tenant, dispensing.prescriptionId],
      );
      if (!prescription) throw new Error(`prescription ${dispensing.prescriptionId} not found`);
      await assertCareRelation(client, caller, prescription.client_id, context.today);
      await run(
        client,
        'insert-dispensing',
        `INSERT INTO services.dispensing_event (id, tenant_id, prescription_id, client_id, dispensing_date,
                dispensed_at, channel, dose_mg, dispensed_by, corrects_event_id, voided_at, voided_by, void_reason, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, 'hatch', $7, $8, NULL, NULL, NULL, NULL, now())`,
        [
          id,
          context.tenant,
          dispensing.prescriptionId,
          prescription.client_id,
          dispensing.day,
          `${dispensing.day}T12:00:00Z`,
          prescription.daily_dose_mg,
          caller.subject,
        ],
      );
      await claimIdempotencyKey(
        client,
        caller,
        randomUUID(),
        { status: 201, body: { id, day: dispensing.day } },
        {
          action: 'create',
          resourceType: 'dispensing',
          resourceId: id,
          clientIds: [prescription.client_id],
        },
      );
    });
}
