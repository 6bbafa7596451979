// `npm run bench -- audited-writes`: only the audited writes of the report (register a client,
// record an encounter) through the API, at 1, 10 and 50 connections, on one seeded
// municipality (BENCH_CLIENTS, default 10 000) — the routes the audit hash chain bounded
// (issue 12). Then it links what the API's linker has not linked yet and verifies the chain,
// so a faster write path is shown not to have cost the chain a row.
import { Pool } from 'pg';
import { linkAuditChain, verifyAuditChain } from '@lavterskel/kernel/typeorm';
import { startApi } from './api/api-process';
import { databaseServer, freshDatabase } from './database/bench-database';
import { municipality, seed, TENANT } from './database/seed';
import { ApiClient } from './fixtures/api-client';
import { osloToday } from './fixtures/dates';
import { careRelations, staffWithTokens } from './fixtures/staff';
import { httpLoad } from './load/http-load';
import { recordEncounterScenario } from './scenarios/record-encounter';
import { registerClientScenario } from './scenarios/register-client';
import type { BenchContext } from './scenarios/scenario';

const CONNECTIONS = [1, 10, 50];
const SECONDS = 5;

async function main(): Promise<void> {
  const clients = Number(process.env['BENCH_CLIENTS'] ?? 10_000);
  const server = await databaseServer();
  const database = await freshDatabase();
  await database.dataSource.destroy();
  const owner = new Pool({ connectionString: database.url, max: 2 });
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
      for (const scenario of [registerClientScenario(context), recordEncounterScenario(context)]) {
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
    const db = { query: async (sql: string, values?: unknown[]) => (await owner.query(sql, values)).rows };
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
