// `npm run bench` (and `-- --quick`): the benchmark report of issue 12. Seeds fresh databases
// with the municipality generator, starts the API as its own process on each, loads every
// scenario with autocannon and, beside it, the minimal SQL doing the same work with pg at the
// same concurrency and pool size; then the growth section, the SQL trace and EXPLAIN of each
// route's slowest statement, and the crisis activation. Writes bench/results/<date>.md/.json/.svg.
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
/* eslint-disable @nx/enforce-module-boundaries */
import { runtimeConnectionUrl } from '../../../../apps/api/src/database/runtime-connection';
/* eslint-enable @nx/enforce-module-boundaries */
import { startApi, type ApiProcess } from '../api/api-process';
import { databaseServer, freshDatabase } from '../database/bench-database';
import { municipality, seed, TENANT } from '../database/seed';
import { slowestInDatabase, traceScenarios, type RouteTrace } from '../explain/trace-scenarios';
import { ApiClient } from '../fixtures/api-client';
import { osloToday } from '../fixtures/dates';
import { careRelations, staffWithTokens } from '../fixtures/staff';
import { httpLoad } from '../load/http-load';
import type { Measurement } from '../load/measurement';
import { sqlLoad } from '../load/sql-load';
import { allScenarios, growthScenarios } from '../scenarios';
import type { BenchContext, Scenario } from '../scenarios/scenario';
import { measureCrisis } from './crisis';
import { FULL, QUICK, type BenchPlan } from './plan';
import type { BenchResults, ScenarioResult } from './results';
import { writeReport } from './write-report';

const GROWTH_IDS = ['read', 'search', 'caseload'];

async function main(): Promise<void> {
  const plan = process.argv.includes('--quick') ? QUICK : FULL;
  const started = performance.now();
  const server = await databaseServer();
  const results: BenchResults = {
    date: new Date().toISOString().slice(0, 10),
    machine: {
      cpus: cpus().length,
      cpu: cpus()[0]?.model ?? 'unknown',
      node: process.version,
      postgres: '',
      database: server.description,
      loadAverage: loadavg(),
    },
    plan,
    seeds: [],
    scenarios: [],
    growth: GROWTH_IDS.map((id) => ({ id, title: id, points: [] })),
    problems: [],
    seconds: 0,
  };
  try {
    for (const clients of plan.sizes) {
      await measureSize(plan, clients, results).catch((error: unknown) =>
        problem(results, `${clients} clients`, error),
      );
    }
    console.log(
      `\n== crisis activation at ${plan.crisis.clients} clients, ${plan.crisis.groups} groups`,
    );
    results.crisis = await measureCrisis(plan.crisis).catch((error: unknown) => {
      problem(results, 'crisis activation', error);
      return undefined;
    });
  } finally {
    await server.stop();
  }
  results.seconds = Math.round((performance.now() - started) / 1000);
  results.machine.loadAverage = loadavg();
  const written = await writeReport(results, join(__dirname, '../../../../bench/results'));
  console.log(`\nreport: ${written.join(', ')} (${results.seconds} s)`);
}

async function measureSize(plan: BenchPlan, clients: number, results: BenchResults): Promise<void> {
  const size = municipality(clients, plan.contactsPerClient);
  console.log(`\n== ${clients} clients, ${size.staff} staff, ${size.groups} groups`);
  const database = await freshDatabase();
  await database.dataSource.destroy();
  const summary = await seed(database.url, size);
  console.log(`seeded in ${summary.seconds.toFixed(1)} s`);
  results.seeds.push({
    clients,
    staff: size.staff,
    seconds: Math.round(summary.seconds),
    rows: summary.rows,
  });
  const owner = new Pool({ connectionString: database.url, max: 2 });
  const pool = new Pool({
    connectionString: await runtimeConnectionUrl(database.url),
    max: plan.poolSize,
  });
  // An idle client ended by the server (the database dropped at the end of a size, the API's own
  // shutdown) is not a failure of the run: without a listener it would crash the process.
  for (const each of [owner, pool]) each.on('error', () => undefined);
  // As the API's connections do: the runtime role, row-level security on, the tenant set.
  pool.on(
    'connect',
    (client) => void client.query(`SELECT set_config('app.tenant', $1, false)`, [TENANT]),
  );
  results.machine.postgres ||=
    (await owner.query<{ v: string }>(`SELECT current_setting('server_version') AS v`)).rows[0]
      ?.v ?? '';
  let api: ApiProcess | undefined = await startApi({ databaseUrl: database.url });
  try {
    const staff = await staffWithTokens(TENANT, summary);
    const context: BenchContext = {
      tenant: TENANT,
      today: osloToday(),
      api: new ApiClient(api.baseUrl),
      owner,
      summary,
      staff,
      pairs: careRelations(staff),
    };
    const main = clients === plan.mainSize;
    const scenarios = main ? allScenarios(context, plan) : growthScenarios(context);
    for (const scenario of scenarios) await scenario.prepare?.();
    const measured = new Map<string, ScenarioResult>();
    for (const scenario of scenarios) {
      const connections = main ? plan.connections : [plan.growthConnections];
      const result: ScenarioResult = {
        id: scenario.id,
        title: scenario.title,
        sqlWork: scenario.sqlWork,
        note: scenario.note,
        api: [],
        sql: [],
      };
      try {
        for (const count of connections) {
          result.api.push(withLoad(await measureApi(plan, api, scenario, count)));
          if (main && scenario.nextUnit)
            result.sql.push(withLoad(await measureSql(plan, pool, scenario, count)));
          log(scenario, result, count);
        }
      } catch (error) {
        problem(results, `${scenario.id} at ${clients} clients`, error);
      }
      measured.set(scenario.id, result);
      if (main) results.scenarios.push(result);
    }
    await api.stop();
    api = undefined;

    // The SQL trace: a second API process with the statement timer preloaded, never measured.
    let traces: Record<string, RouteTrace> = {};
    try {
      traces = await traceSize(database.url, context, scenarios, plan.tracedRequests);
    } catch (error) {
      problem(results, `SQL trace at ${clients} clients`, error);
    }
    for (const result of measured.values()) result.trace = traces[result.id];
    for (const growth of results.growth) {
      const result = measured.get(growth.id);
      if (!result?.api.length) continue;
      const slowest = await slowestInDatabase(pool, traces[growth.id]?.candidates ?? []);
      growth.title = result.title;
      growth.points.push({
        clients,
        staff: size.staff,
        api:
          result.api.find((m) => m.connections === plan.growthConnections) ??
          (result.api[0] as Measurement),
        trace: traces[growth.id],
        slowest: slowest?.statement,
        explain: slowest?.plan,
      });
    }
  } finally {
    await api?.stop();
    await pool.end();
    await owner.end();
    await database.drop();
  }
}

async function traceSize(
  databaseUrl: string,
  context: BenchContext,
  scenarios: readonly Scenario[],
  requests: number,
): Promise<Record<string, RouteTrace>> {
  const traced = await startApi({
    databaseUrl,
    traceFile: join(tmpdir(), `lavterskel-bench-trace-${process.pid}.json`),
  });
  try {
    context.api = new ApiClient(traced.baseUrl);
    return await traceScenarios(traced, scenarios, requests);
  } catch (error) {
    throw new Error(
      `${(error as Error).message}; the API's stderr: ${traced.stderr().slice(-2000)}`,
      {
        cause: error,
      },
    );
  } finally {
    await traced.stop();
  }
}

const withLoad = (measurement: Measurement): Measurement => ({
  ...measurement,
  loadAverage: Math.round((loadavg()[0] ?? 0) * 10) / 10,
});

/** A phase that failed: named in the report, and the run goes on. */
function problem(results: BenchResults, phase: string, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`${phase} failed: ${message}`);
  results.problems.push(`${phase}: ${message.slice(0, 3000)}`);
}

async function measureApi(
  plan: BenchPlan,
  api: ApiProcess,
  scenario: Scenario,
  connections: number,
): Promise<Measurement> {
  if (plan.warmupSeconds > 0) {
    await httpLoad({
      baseUrl: api.baseUrl,
      connections,
      seconds: plan.warmupSeconds,
      nextCall: () => scenario.nextCall(),
    });
  }
  const measured = await httpLoad({
    baseUrl: api.baseUrl,
    connections,
    seconds: plan.seconds,
    nextCall: () => scenario.nextCall(),
  });
  if (plan.quick || measured.requests >= 3 * connections) return measured;
  // Requests slower than the window go uncounted: once more, over a window 6 times as long.
  console.log(
    `  ${scenario.id}: ${measured.requests} answers; measuring over ${plan.seconds * 6} s`,
  );
  return httpLoad({
    baseUrl: api.baseUrl,
    connections,
    seconds: plan.seconds * 6,
    nextCall: () => scenario.nextCall(),
  });
}

async function measureSql(
  plan: BenchPlan,
  pool: Pool,
  scenario: Scenario,
  connections: number,
): Promise<Measurement> {
  const nextUnit = () => (scenario.nextUnit as NonNullable<Scenario['nextUnit']>)();
  if (plan.warmupSeconds > 0)
    await sqlLoad({ pool, connections, seconds: plan.warmupSeconds, nextUnit });
  return sqlLoad({ pool, connections, seconds: plan.seconds, nextUnit });
}

function log(scenario: Scenario, result: ScenarioResult, connections: number): void {
  const api = result.api.at(-1);
  const sql = result.sql.at(-1);
  console.log(
    `${scenario.id.padEnd(9)} c=${String(connections).padEnd(3)} API ${api?.perSecond} req/s p50 ${api?.p50Ms} ms p99 ${api?.p99Ms} ms` +
      ` bad ${api?.failedChecks}/${api?.requests}` +
      (sql
        ? ` | SQL ${sql.perSecond}/s p50 ${sql.p50Ms} ms p99 ${sql.p99Ms} ms err ${sql.errors}`
        : ''),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
