import type { BenchContext } from '../scenarios/scenario';
import type { StaffWithToken } from '../fixtures/staff';
import type { SqlUnit } from '../load/sql-load';
import { auditFrom, auditValues, callerOf, run } from './statements';

/**
 * Search: count the caller's search in the rate-limit window, then one statement: the word's hits
 * in name order (the word index carries the sort name; a prefix is a range on its C collation), walked until the page is full of clients
 * within the caller's care relations, and one audit row per client shown as a data-modifying CTE.
 */
export function searchClientsUnit(
  context: BenchContext,
  staff: StaffWithToken,
  term: string,
  limit: number,
  expectedHits: number,
): SqlUnit {
  const caller = callerOf(context.tenant, staff);
  const word = term.toLowerCase();
  return async (client) => {
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
      `WITH page AS (
         SELECT c.id, c.given_name, c.family_name, c.alias, c.birth_year, c.status, c.sort_name
           FROM (SELECT DISTINCT w.sort_name, w.client_id FROM clients.client_search_word w
                  WHERE w.tenant_id = $1 AND w.word >= $2 AND w.word < $12
                  ORDER BY w.sort_name, w.client_id) hit
           JOIN clients.client c ON c.id = hit.client_id
          WHERE c.tenant_id = $1
            AND (c.primary_contact = $3 OR c.backup_contact = $3
                 OR EXISTS (SELECT 1 FROM services.enrolment e
                              JOIN services.service s ON s.tenant_id = e.tenant_id AND s.id = e.service_id
                             WHERE e.tenant_id = c.tenant_id AND e.client_id = c.id AND s.team_id = ANY($4::uuid[])
                               AND e.started_on <= $5 AND (e.ended_on IS NULL OR e.ended_on >= $5)))
          ORDER BY hit.sort_name, hit.client_id LIMIT $6),
       audited AS (${auditFrom('SELECT NULL::text, p.id FROM page p ORDER BY p.sort_name, p.id LIMIT $6::int - 1', 7)})
       SELECT * FROM page p ORDER BY p.sort_name, p.id`,
      [
        caller.tenant,
        word,
        caller.subject,
        caller.teamIds,
        context.today,
        limit + 1,
        ...auditValues(caller, 'search', 'client'),
        nextPrefix(word),
      ],
    );
    const shown = rows.slice(0, limit);
    if (shown.length !== expectedHits) {
      throw new Error(`search "${term}": ${shown.length} hits, the API gave ${expectedHits}`);
    }
  };
}

/** The least string above every string that begins with `prefix` (its last code point one up). */
function nextPrefix(prefix: string): string {
  const points = [...prefix];
  const last = points.pop()?.codePointAt(0) ?? 0;
  return points.join('') + String.fromCodePoint(last + 1);
}
