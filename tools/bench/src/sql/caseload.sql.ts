import type { BenchContext } from '../scenarios/scenario';
import type { StaffWithToken } from '../fixtures/staff';
import type { SqlUnit } from '../load/sql-load';
import { auditFrom, auditValues, callerOf, run } from './statements';

/**
 * Caseload: the first page of the caller's clients by name, with today's availability of each
 * client's primary contact (who covers whom), one audit row per client shown, in one statement.
 */
export function caseloadUnit(
  context: BenchContext,
  staff: StaffWithToken,
  limit: number,
  expected: number,
): SqlUnit {
  const caller = callerOf(context.tenant, staff);
  return async (client) => {
    const rows = await run<{ id: string }>(
      client,
      'caseload',
      `WITH page AS (
         SELECT c.id, c.given_name, c.family_name, c.alias, c.primary_contact, c.backup_contact, c.sort_name,
                (SELECT a.status FROM services.staff_member m
                   JOIN services.availability_period a ON a.tenant_id = m.tenant_id AND a.staff_id = m.id
                  WHERE m.tenant_id = c.tenant_id AND m.subject = c.primary_contact
                    AND a.from_date <= $3 AND (a.to_date IS NULL OR a.to_date >= $3)
                  ORDER BY a.from_date DESC LIMIT 1) AS primary_availability
           FROM clients.client c
          WHERE c.tenant_id = $1 AND (c.primary_contact = $2 OR c.backup_contact = $2)
          ORDER BY c.sort_name, c.id LIMIT $4),
       audited AS (${auditFrom('SELECT $2::text, p.id FROM page p ORDER BY p.sort_name, p.id LIMIT $4::int - 1', 5)})
       SELECT * FROM page p ORDER BY p.sort_name, p.id`,
      [
        context.tenant,
        caller.subject,
        context.today,
        limit + 1,
        ...auditValues(caller, 'search', 'caseload'),
      ],
    );
    const shown = rows.slice(0, limit);
    if (shown.length !== expected)
      throw new Error(`caseload: ${shown.length} clients, the API gave ${expected}`);
  };
}
