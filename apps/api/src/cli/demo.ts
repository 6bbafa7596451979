import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { osloDate } from '@lavterskel/kernel';
import { signDevelopmentToken } from '@lavterskel/kernel/nest';
import { ConfigError, loadApiConfig } from '../config/api-config';
import { DEVELOPMENT_JWT_SECRET } from '../config/development-secret';
import { createApp } from '../create-app';
import { DatabaseNotDurableError } from '../database/durability';
import { DatabaseUnreachableError, openDatabase } from '../database/open-database';
import { fetchDemoHttp } from '../demo/demo-http';
import { terminalProgress } from '../demo/demo-progress';
import {
  DemoRequestError,
  DemoTenantInUseError,
  loadSkienDemo,
  type DemoLoadResult,
} from '../demo/load-skien-demo';
import { DEMO_CLIENTS, DEMO_GROUPS, DEMO_STAFF, DEMO_TENANT } from '../demo/skien-demo.plan';

const USAGE = `Usage: npm run demo [-- --tenant 4003]

Loads the Skien demo municipality into the database \`npm start\` uses (the embedded one, or
DATABASE_URL), through the API's own routes, and prints a development token for each role.
Run it while the API is stopped when you use the embedded database. Running it again writes
nothing and prints fresh tokens.`;

const TOKEN_LIFETIME = '8h';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      tenant: { type: 'string', default: DEMO_TENANT },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help || !/^\d{4}$/.test(values.tenant)) {
    console.error(values.help ? USAGE : `--tenant must be a 4-digit kommunenummer.\n\n${USAGE}`);
    process.exit(values.help ? 0 : 2);
  }
  const config = loadApiConfig(process.env);
  if (config.production) throw new ConfigError('npm run demo is for development, not production');
  if (config.auth.jwksUrl) {
    throw new ConfigError('npm run demo signs development tokens: unset AUTH_JWKS_URL');
  }
  const secret = config.auth.secret ?? DEVELOPMENT_JWT_SECRET;

  const database = await openDatabase(config);
  console.log(`Loading the demo municipality ${values.tenant} into ${database.description}`);
  const app = await createApp({ config, databaseUrl: database.url }).catch(async (error) => {
    await database.close();
    throw error;
  });
  try {
    // The loader's own server: loopback, a free port, closed when the demo is in.
    await app.listen(0, '127.0.0.1');
    const { port } = app.getHttpServer().address() as AddressInfo;
    const result = await loadSkienDemo({
      http: fetchDemoHttp(`http://127.0.0.1:${port}`),
      sign: (claims) =>
        signDevelopmentToken({
          secret,
          ...claims,
          expiresIn: TOKEN_LIFETIME,
          issuer: config.auth.issuer,
          audience: config.auth.audience,
        }),
      tenant: values.tenant,
      today: osloDate(new Date()),
      progress: terminalProgress(),
    });
    printResult(result, `http://${config.host}:${config.port}`);
  } finally {
    await app.close();
    await database.close();
  }
}

function printResult(result: DemoLoadResult, base: string): void {
  const what = `${Object.keys(DEMO_STAFF).length} staff, ${DEMO_CLIENTS.length} clients, ${Object.keys(DEMO_GROUPS).length} groups and a prepared crisis plan`;
  console.log(
    result.outcome === 'loaded'
      ? `\nThe Skien demo is loaded into municipality ${result.tenant}: ${what}.`
      : `\nThe Skien demo was already in municipality ${result.tenant}; nothing written.`,
  );
  console.log(
    `Start the API with \`npm start\`, open ${base}/docs, press Authorize and paste a token.`,
  );
  console.log(
    `Development tokens (valid ${TOKEN_LIFETIME}; \`npm run demo\` again prints fresh ones):\n`,
  );
  for (const token of result.tokens) {
    console.log(`  ${token.role.padEnd(19)} ${token.name} (${token.subject})`);
    console.log(`  ${token.token}\n`);
  }
  console.log(`Try GET /v1/caseload with the staff token, then GET /v1/clients/{clientId}.`);
}

main().catch((error: unknown) => {
  const known =
    error instanceof ConfigError ||
    error instanceof DatabaseUnreachableError ||
    error instanceof DatabaseNotDurableError ||
    error instanceof DemoTenantInUseError ||
    error instanceof DemoRequestError;
  const message = error instanceof Error ? error.message : String(error);
  console.error(`demo: ${known ? '' : 'failed: '}${message}`);
  process.exit(1);
});
