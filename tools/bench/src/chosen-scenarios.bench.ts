// `npm run bench -- chosen-scenarios`: a few of the report's scenarios alone, through the API at
// 1, 10 and 50 connections on one seeded municipality, to compare a change before and after
// without the whole report. BENCH_SCENARIOS: ids, comma-separated (default `register,encounter`,
// the audited writes the audit hash chain bounded); BENCH_CLIENTS: the size (default 10 000).
// Then it links what the API's linker has not linked yet and verifies the audit chain, so a
// faster path is shown not to have cost the chain a row.
import { Pool } from 'pg';
import { linkAuditChain, verifyAuditChain } from '@lavterskel/kernel/typeorm';
import { startApi } from './api/api-process';
import { databaseServer, freshDatabase } from './database/bench-database';
import { municipality, seed, TENANT } from './database/seed';
import { ApiClient } from './fixtures/api-client';
import { osloToday } from './fixtures/dates';
import { careRelations, staffWithTokens } from './fixtures/staff';
import { httpLoad } from './load/http-load';
import { FULL } from './report/plan';
import { allScenarios } from './scenarios';
import type { BenchContext } from './scenarios/scenario';

const CONNECTIONS = [1, 10, 50];
const SECONDS = 5;

async function main(): Promise<void> {
  const clients = Number(process.env['BENCH_CLIENTS'] ?? 10_000);
  const ids = (process.env['BENCH_SCENARIOS'] ?? 'register,encounter').split(',');
  const server = await databaseServer();
  const database = await freshDatabase();
  await database.dataSource.destroy();
  const owner = new Pool({ connectionString: database.url, max: 2 });
  owner.on('error', () => undefined); // an idle client ended by the server is not a failure
  try {
    const summary = await seed(database.url, municipality(clients, 20));
    console.log(`${clients} clients seeded in ${summary.seconds.toFixed(1)} s`);
    const api = await startApi({ databaseUrl: database.url });
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
      const chosen = allScenarios(context, FULL).filter((scenario) => ids.includes(scenario.id));
      if (chosen.length === 0) throw new Error(`no scenario among ${ids.join(', ')}`);
      for (const scenario of chosen) {
        await scenario.prepare?.();
        for (const connections of CONNECTIONS) {
          const load = { baseUrl: api.baseUrl, connections, nextCall: () => scenario.nextCall() };
          await httpLoad({ ...load, seconds: 1 });
          const m = await httpLoad({ ...load, seconds: SECONDS });
          console.log(
            `${scenario.id.padEnd(9)} c=${String(connections).padEnd(3)} ${m.perSecond} req/s p50 ${m.p50Ms} ms p99 ${m.p99Ms} ms bad ${m.failedChecks}/${m.requests}`,
          );
        }
      }
    } finally {
      await api.stop();
    }
    const db = {
      query: async (sql: string, values?: unknown[]) => (await owner.query(sql, values)).rows,
    };
    const linked = await linkAuditChain(db, { wait: true });
    for (const report of await verifyAuditChain(db)) {
      console.log(
        `audit chain ${report.tenantId}: ${report.verified} rows verified (${linked} linked after the API stopped), ${report.problem?.detail ?? 'intact'}`,
      );
    }
  } finally {
    await owner.end();
    await database.drop();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
