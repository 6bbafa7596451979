import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import type { DestinationStream } from 'pino';
import request from 'supertest';
import { createTestDatabase, type TestDatabase } from '@lavterskel/dev-postgres';
import type { Clock } from '@lavterskel/kernel';
import { signDevelopmentToken } from '@lavterskel/kernel/nest';
import { AppModule } from '../app.module';
import { loadApiConfig } from '../config/api-config';
import { configureApp } from '../create-app';
import { libraries } from '../database/libraries';
import { createLogger } from '../observability/logger';

export const TEST_JWT_SECRET = 'e2e-secret-long-enough-for-hs256-signatures';

export interface TokenClaims {
  tenant: string;
  roles?: string[];
  teams?: string[];
  subject?: string;
}

/** A provider the test replaces, e.g. `{ provide: CARE_RELATIONS, useValue: fake }`. */
export interface ProviderOverride {
  provide: unknown;
  useValue: unknown;
}

export interface TestAppOptions {
  clock?: Clock;
  overrides?: readonly ProviderOverride[];
  /** Extra environment variables for the API's configuration. */
  env?: Readonly<Record<string, string>>;
  /**
   * Run on this database (e.g. another test app's, to test what API processes share) instead
   * of a fresh one; `close` then leaves it for its owner to drop.
   */
  database?: TestDatabase;
  /** Where the API's logs go (with `env.LOG_LEVEL`); unset: tests log nothing. */
  logDestination?: DestinationStream;
}

export interface TestApp {
  app: INestApplication;
  db: TestDatabase;
  /** A supertest agent on the app's HTTP server. */
  http: () => ReturnType<typeof request>;
  /** A bearer token the app accepts. */
  token: (claims: TokenClaims) => Promise<string>;
  close: () => Promise<void>;
}

/** The composed API, configured as main.ts runs it, on a fresh database with every library's migrations. */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const db =
    options.database ??
    (await createTestDatabase({
      entities: libraries.flatMap((library) => library.entities),
      migrations: libraries.flatMap((library) => library.migrations),
    }));
  const config = loadApiConfig({
    ...options.env,
    NODE_ENV: 'test',
    AUTH_JWT_SECRET: TEST_JWT_SECRET,
  });
  const builder = Test.createTestingModule({
    imports: [AppModule.forRoot({ config, databaseUrl: db.url, clock: options.clock })],
  });
  for (const override of options.overrides ?? []) {
    builder.overrideProvider(override.provide).useValue(override.useValue);
  }
  const moduleRef = await builder.compile();
  const app = configureApp(
    moduleRef.createNestApplication<NestExpressApplication>({ logger: ['error', 'warn'] }),
    config,
    options.logDestination && createLogger(config, options.logDestination),
  );
  await app.init();
  return {
    app,
    db,
    http: () => request(app.getHttpServer()),
    token: (claims) =>
      signDevelopmentToken({ secret: TEST_JWT_SECRET, ...claims, expiresIn: '1h' }),
    close: async () => {
      await app.close();
      if (!options.database) await db.drop();
    },
  };
}
