import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { ConfigError, loadApiConfig } from './config/api-config';
import {
  DatabaseUnreachableError,
  openDatabase,
  type OpenDatabase,
} from './database/open-database';
import { DatabaseNotDurableError } from './database/durability';
import { createApp } from './create-app';

async function main(): Promise<void> {
  const config = loadApiConfig(process.env);
  const database = await openDatabase(config);
  let app: INestApplication | undefined;
  const stop = async (signal: string) => {
    console.log(`\n${signal}: stopping the API and the database…`);
    await app?.close();
    await database.close();
    process.exit(0);
  };
  // Our own handler rather than Nest's enableShutdownHooks, which ends the process as soon as
  // the app is closed: the embedded database must be stopped after it. app.close() runs the
  // same hooks (readiness turns 503 for SHUTDOWN_DRAIN_SECONDS, then the port closes).
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);

  try {
    app = await createApp({ config, databaseUrl: database.url });
    await app.listen(config.port, config.host);
  } catch (error) {
    await app?.close().catch(() => undefined);
    await database.close();
    throw error;
  }
  printBanner(config.host, config.port, database, config.usesDevelopmentSecret);
}

function printBanner(
  host: string,
  port: number,
  database: OpenDatabase,
  developmentSecret: boolean,
): void {
  const base = `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`;
  console.log(`Lavterskel API listening on ${base}`);
  console.log(`  database   ${database.description}`);
  console.log(`  docs       ${base}/docs   (OpenAPI JSON at ${base}/docs-json)`);
  console.log(`  health     ${base}/health/ready`);
  if (developmentSecret) {
    console.log(
      '  token      npm run token -- --tenant 4003 --role staff   (development secret: not for production)',
    );
  }
}

main().catch((error: unknown) => {
  const known =
    error instanceof ConfigError ||
    error instanceof DatabaseUnreachableError ||
    error instanceof DatabaseNotDurableError;
  const message = error instanceof Error ? error.message : String(error);
  console.error(`lavterskel-api: ${known ? '' : 'failed to start: '}${message}`);
  process.exit(1);
});
