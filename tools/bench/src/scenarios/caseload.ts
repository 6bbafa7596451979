import type { StaffWithToken } from '../fixtures/staff';
import { caseloadUnit } from '../sql/caseload.sql';
import { cycle, json, type BenchContext, type Scenario } from './scenario';

const LIMIT = 20;

/** GET /v1/caseload?limit=20: a staff member's own first page, each client with who covers them. */
export function caseloadScenario(context: BenchContext): Scenario {
  let next = (): { staff: StaffWithToken; size: number } => {
    throw new Error('caseload: prepare() first');
  };
  const scenario: Scenario = {
    id: 'caseload',
    title: 'caseload page',
    sqlWork:
      'one statement: the page of clients one is primary or back-up contact for (by name) with the availability of their contacts, and one audit row per client shown as a data-modifying CTE',
    prepare: async () => {
      const pages = await Promise.all(
        context.staff.map(async (staff) => {
          const page = await context.api.expect<{ items: unknown[] }>(
            200,
            'GET',
            `/v1/caseload?limit=${LIMIT}`,
            staff.token,
          );
          return { staff, size: page.items.length };
        }),
      );
      // Full pages where there are any: the register scenario adds clients to its callers'
      // caseloads, which changes a short page's size but not a full one's.
      const full = pages.filter((page) => page.size === LIMIT);
      const chosen = full.length > 0 ? full : pages.filter((page) => page.size > 0);
      next = cycle(chosen);
      const mean = chosen.reduce((sum, page) => sum + page.size, 0) / Math.max(1, chosen.length);
      scenario.note = `${mean.toFixed(1)} clients per page on average, ${chosen.length} staff members`;
    },
    nextCall: () => {
      const { staff, size } = next();
      return {
        method: 'GET',
        path: `/v1/caseload?limit=${LIMIT}`,
        headers: { authorization: staff.token },
        check: (status, body) =>
          status === 200 && (json(body)['items'] as unknown[]).length === size,
      };
    },
    nextUnit: () => {
      const { staff, size } = next();
      return caseloadUnit(context, staff, LIMIT, size);
    },
  };
  return scenario;
}
