import type { StaffWithToken } from '../fixtures/staff';
import { searchClientsUnit } from '../sql/search-clients.sql';
import { cycle, json, type BenchContext, type Scenario } from './scenario';

const LIMIT = 20;
const MAX_PROBES = 240;

interface Search {
  staff: StaffWithToken;
  term: string;
  hits: number;
}

/**
 * GET /v1/clients?q=<family name>&limit=20. The terms are found by asking the API (not measured):
 * family names of the register that give a staff member a full page of 20 clients in reach,
 * else the fullest pages found. Each answer must hold as many clients as when probed.
 */
export function searchClientsScenario(context: BenchContext): Scenario {
  let searches: Search[] = [];
  let next = (): Search => {
    throw new Error('search: prepare() first');
  };
  const scenario: Scenario = {
    id: 'search',
    title: 'search by name, 20 hits',
    sqlWork:
      'the rate-limit counter UPSERT, then one statement: the word’s hits in name order walked until the page is full of clients in the caller’s care (LIMIT 21), with one audit row per client shown as a data-modifying CTE',
    prepare: async () => {
      searches = await probeSearches(context);
      next = cycle(searches);
      const hits = searches[0]?.hits ?? 0;
      scenario.note = `${hits} hits per search (${searches.length} family names × staff found by probing)`;
    },
    nextCall: () => {
      const search = next();
      return {
        method: 'GET',
        path: `/v1/clients?q=${encodeURIComponent(search.term)}&limit=${LIMIT}`,
        headers: { authorization: search.staff.token },
        check: (status, body) =>
          status === 200 && (json(body)['items'] as unknown[]).length === search.hits,
      };
    },
    nextUnit: () => {
      const search = next();
      return searchClientsUnit(context, search.staff, search.term, LIMIT, search.hits);
    },
  };
  return scenario;
}

async function probeSearches(context: BenchContext): Promise<Search[]> {
  const names = context.summary.clientNames;
  const found: Search[] = [];
  let probes = 0;
  outer: for (let round = 0; round < names.length; round += 1) {
    for (const staff of context.staff.slice(0, 12)) {
      if (probes >= MAX_PROBES) break outer;
      const term = names[(round * 7 + probes * 13) % names.length] ?? names[0] ?? 'a';
      probes += 1;
      const page = await context.api.expect<{ items: unknown[] }>(
        200,
        'GET',
        `/v1/clients?q=${encodeURIComponent(term)}&limit=${LIMIT}`,
        staff.token,
      );
      found.push({ staff, term, hits: page.items.length });
      if (found.filter((search) => search.hits === LIMIT).length >= 24) break outer;
    }
  }
  const full = found.filter((search) => search.hits === LIMIT);
  if (full.length > 0) return full;
  // A small municipality has fewer than 20 clients in reach with one name: the fullest pages.
  const most = Math.max(...found.map((search) => search.hits));
  if (most === 0) throw new Error('search: no family name finds a client in reach');
  return found.filter((search) => search.hits === most);
}
