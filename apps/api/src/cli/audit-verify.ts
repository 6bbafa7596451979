import { Client } from 'pg';
import { linkAuditChain, verifyAuditChain } from '@lavterskel/kernel/typeorm';
import { loadApiConfig } from '../config/api-config';

const USAGE = `Usage: npm run audit:verify

Links the audit rows committed so far that the API's linker has not linked yet, then walks
every municipality's audit hash chain in DATABASE_URL's database (as its owner; unset: the
embedded database of a running API) and reports the first altered, deleted or unchained
audit row, and how many rows are still unlinked (committed while it ran). Pass --no-link
to check without linking. Exit code 0: every chain is intact; 1: a chain is broken. Keep the printed head
hashes elsewhere: a later run whose chain no longer contains them shows a rewritten chain.`;

async function main(): Promise<void> {
  if (process.argv.includes('--help')) {
    console.log(USAGE);
    return;
  }
  const config = loadApiConfig(process.env);
  const url =
    config.databaseUrl ??
    `postgres://postgres:postgres@127.0.0.1:${config.embedded.port}/lavterskel`;
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const db = {
      query: async (sql: string, parameters?: unknown[]) =>
        (await client.query(sql, parameters)).rows,
    };
    if (!process.argv.includes('--no-link')) {
      console.log(`linked ${await linkAuditChain(db, { wait: true })} rows first`);
    }
    const reports = await verifyAuditChain(db);
    for (const report of reports) {
      const state = report.problem
        ? `BROKEN at row ${report.problem.seq}: ${report.problem.detail}`
        : 'intact';
      console.log(
        `${report.tenantId}  ${report.verified} rows verified, ${state}  head ${report.headHash ?? '-'}  ${report.unlinked} unlinked`,
      );
    }
    if (reports.length === 0) console.log('no audit rows yet');
    process.exitCode = reports.some((report) => report.problem) ? 1 : 0;
  } finally {
    await client.end();
  }
}

main().catch((error: unknown) => {
  console.error(`audit:verify: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
});
