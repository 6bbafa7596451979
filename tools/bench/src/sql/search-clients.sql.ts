import type { BenchContext } from '../scenarios/scenario';
import type { StaffWithToken } from '../fixtures/staff';
import type { SqlUnit } from '../load/sql-load';
import { audit, callerOf, run, transaction } from './statements';

/**
 * Search: count the caller's search in the rate-limit window, then the page in one statement
 * (words that begin a word of the name, within the caller's care relations), one audit row per
 * client shown.
 */
export function searchClientsUnit(
  context: BenchContext,
  staff: StaffWithToken,
  term: string,
  limit: number,
  expectedHits: number,
): SqlUnit {
  const caller = callerOf(context.tenant, staff);
  return (client) =>
    transaction(client, async () => {
      await run(
        client,
        'rate-limit',
        `INSERT INTO kernel.rate_limit_hits (key, window_start, throttler, hits, expires_at)
         VALUES ($1, date_trunc('minute', now()), 'client-search', 1, date_trunc('minute', now()) + interval '1 minute')
         ON CONFLICT (key, window_start) DO UPDATE SET hits = kernel.rate_limit_hits.hits + 1
         RETURNING hits`,
        [`${caller.tenant}:${caller.subject}`],
      );
      const rows = await run<{ id: string }>(
        client,
        'search-clients',
        `SELECT c.id, c.given_name, c.family_name, c.alias, c.birth_year, c.status, c.sort_name
           FROM clients.client c
          WHERE c.tenant_id = $1 AND c.search_text LIKE '% ' || lower($2) || '%'
            AND (c.primary_contact = $3 OR c.backup_contact = $3
                 OR EXISTS (SELECT 1 FROM services.enrolment e
                              JOIN services.service s ON s.tenant_id = e.tenant_id AND s.id = e.service_id
                             WHERE e.tenant_id = c.tenant_id AND e.client_id = c.id AND s.team_id = ANY($4::uuid[])
                               AND e.started_on <= $5 AND (e.ended_on IS NULL OR e.ended_on >= $5)))
          ORDER BY c.sort_name, c.id LIMIT $6`,
        [caller.tenant, term, caller.subject, caller.teamIds, context.today, limit + 1],
      );
      // The API's page can stop short of `limit` (it examines at most 5 rounds of candidates).
      const shown = rows.slice(0, expectedHits);
      if (shown.length !== expectedHits) {
        throw new Error(`search "${term}": ${shown.length} hits, the API gave ${expectedHits}`);
      }
      await audit(client, caller, {
        action: 'search',
        resourceType: 'client',
        resourceId: null,
        clientIds: shown.map((row) => row.id),
      });
    });
}
