import { randomUUID } from 'node:crypto';
import type { BenchContext } from '../scenarios/scenario';
import type { Registration } from '../scenarios/register-client';
import type { StaffWithToken } from '../fixtures/staff';
import type { SqlUnit } from '../load/sql-load';
import { callerOf, claimIdempotencyKey, run, transaction } from './statements';

/** Register: is the national id taken, the client, its first status, the idempotency claim with its audit row (one statement). */
export function registerClientUnit(
  context: BenchContext,
  staff: StaffWithToken,
  registration: Registration,
): SqlUnit {
  const caller = callerOf(context.tenant, staff);
  const id = randomUUID();
  return (client) =>
    transaction(client, async () => {
      const taken = await run(
        client,
        'national-id-taken',
        'SELECT id FROM clients.client WHERE tenant_id = $1 AND national_id = $2',
        [context.tenant, registration.nationalId],
      );
      if (taken.length > 0) throw new Error(`national id ${registration.nationalId} is taken`);
      await run(
        client,
        'insert-client',
        `INSERT INTO clients.client (id, tenant_id, national_id, national_id_kind, given_name, family_name,
                alias, birth_year, birth_date, contact_channels, preferred_language, interpreter_needed,
                status, primary_contact, backup_contact, application_id, sort_name, search_text, version,
                created_at, updated_at)
         VALUES ($1, $2, $3, 'fodselsnummer', $4::text, $5::text, NULL, $6, $7, $8, $9, false, 'applicant', $10, NULL,
                 NULL, lower($5::text || ' ' || $4::text), ' ' || lower($4::text || ' ' || $5::text), 1, now(), now())`,
        [
          id,
          context.tenant,
          registration.nationalId,
          registration.givenName,
          registration.familyName,
          Number(registration.birthDate.slice(0, 4)),
          registration.birthDate,
          JSON.stringify(registration.contactChannels),
          registration.preferredLanguage,
          caller.subject,
        ],
      );
      await run(
        client,
        'insert-status-change',
        `INSERT INTO clients.client_status_change (id, tenant_id, client_id, from_status, to_status, reason, changed_by, changed_at)
         VALUES (gen_random_uuid(), $1, $2, NULL, 'applicant', NULL, $3, now())`,
        [context.tenant, id, caller.subject],
      );
      await claimIdempotencyKey(
        client,
        caller,
        randomUUID(),
        { status: 201, body: { id, ...registration } },
        {
          action: 'create',
          resourceType: 'client',
          resourceId: id,
          clientIds: [id],
        },
      );
    });
}
