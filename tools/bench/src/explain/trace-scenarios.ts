import type { Pool } from 'pg';
import type { ApiProcess, TraceEntry } from '../api/api-process';
import { fetchWithOneRetry } from '../fixtures/api-client';
import type { Scenario } from '../scenarios/scenario';

export interface RouteTrace {
  /** Statements the API sent per request, BEGIN and COMMIT included. */
  statementsPerRequest: number;
  /** The statement that took longest on average, as the API timed it (queueing included). */
  slowest?: TracedStatement;
  /** The three slowest: EXPLAIN tells which is slowest in the database itself. */
  candidates: TracedStatement[];
}

export interface TracedStatement {
  text: string;
  meanMs: number;
  values: unknown[];
}

const BOOKKEEPING = /^(START TRANSACTION|BEGIN|COMMIT|ROLLBACK|SELECT set_config)/i;

/** Sends `requests` calls of each scenario one after another to a traced API; what each route sent. */
export async function traceScenarios(
  api: ApiProcess,
  scenarios: readonly Scenario[],
  requests: number,
): Promise<Record<string, RouteTrace>> {
  await api.flushTrace(); // start-up's own statements
  const traces: Record<string, RouteTrace> = {};
  for (const scenario of scenarios) {
    for (let i = 0; i < requests; i += 1) {
      const call = scenario.nextCall();
      const response = await fetchWithOneRetry(`${api.baseUrl}${call.path}`, {
        method: call.method,
        headers: {
          ...call.headers,
          ...(call.body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: call.body === undefined ? undefined : JSON.stringify(call.body),
      });
      const body = await response.text();
      if (!call.check(response.status, body)) {
        throw new Error(`trace of ${scenario.id}: ${response.status} ${body.slice(0, 300)}`);
      }
    }
    traces[scenario.id] = summarise(await api.flushTrace(), requests);
  }
  return traces;
}

function summarise(entries: readonly TraceEntry[], requests: number): RouteTrace {
  const statements = entries.reduce((sum, entry) => sum + entry.calls, 0);
  const candidates = entries
    .filter((entry) => !BOOKKEEPING.test(entry.text.trim()))
    .map((entry) => ({
      text: entry.text,
      meanMs: entry.totalMs / entry.calls,
      values: entry.slowestValues,
    }))
    .sort((a, b) => b.meanMs - a.meanMs)
    .slice(0, 3);
  return {
    statementsPerRequest: Math.round((statements / requests) * 10) / 10,
    slowest: candidates[0],
    candidates,
  };
}

/** Of the candidates, the one whose EXPLAIN ANALYZE shows the longest execution, with its plan. */
export async function slowestInDatabase(
  pool: Pool,
  candidates: readonly TracedStatement[],
): Promise<{ statement: TracedStatement; plan: string } | undefined> {
  let slowest: { statement: TracedStatement; plan: string; ms: number } | undefined;
  for (const statement of candidates) {
    const plan = await explain(pool, statement.text, statement.values).catch(
      (error: Error) => `EXPLAIN failed: ${error.message}`,
    );
    const ms = Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? -1);
    if (!slowest || ms > slowest.ms) slowest = { statement, plan, ms };
  }
  return slowest && { statement: slowest.statement, plan: slowest.plan };
}

/** EXPLAIN (ANALYZE, BUFFERS) of a statement the API sent, as the runtime role, rolled back. */
export async function explain(pool: Pool, text: string, values: unknown[]): Promise<string> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const { rows } = await client.query<{ 'QUERY PLAN': string }>(
      `EXPLAIN (ANALYZE, BUFFERS) ${text}`,
      values,
    );
    return rows.map((row) => row['QUERY PLAN']).join('\n');
  } finally {
    await client.query('ROLLBACK').catch(() => undefined);
    client.release();
  }
}
