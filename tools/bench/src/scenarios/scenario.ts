import type { Pool } from 'pg';
import type { SeedSummary } from '../database/seed';
import type { ApiClient } from '../fixtures/api-client';
import type { StaffWithToken } from '../fixtures/staff';
import type { HttpCall } from '../load/http-load';
import type { SqlUnit } from '../load/sql-load';

/** What every scenario gets: the seeded municipality, tokens, and the two ways in. */
export interface BenchContext {
  tenant: string;
  /** Oslo date of the run, YYYY-MM-DD. */
  today: string;
  api: ApiClient;
  /** The owner's connection: fixtures are looked up here, never measured. */
  owner: Pool;
  summary: SeedSummary;
  staff: StaffWithToken[];
  pairs: { staff: StaffWithToken; clientId: string }[];
}

/** One route of the report: its HTTP call and the minimal SQL doing the same work. */
export interface Scenario {
  id: string;
  title: string;
  /** The statements of the minimal SQL, in words, for the report. */
  sqlWork?: string;
  /** What the fixtures turned out to be (e.g. hits per search), set by prepare(). */
  note?: string;
  /** Makes the fixtures the route needs (through the API or by looking them up); not measured. */
  prepare?(): Promise<void>;
  nextCall(): HttpCall;
  /** Absent for the health check and the framework ceiling, which do no database work. */
  nextUnit?(): SqlUnit;
}

/** Round-robin over `items`. */
export function cycle<T>(items: readonly T[]): () => T {
  if (items.length === 0) throw new Error('nothing to cycle over');
  let next = 0;
  return () => {
    const item = items[next % items.length] as T;
    next += 1;
    return item;
  };
}

export const json = (body: string): Record<string, unknown> =>
  JSON.parse(body) as Record<string, unknown>;
