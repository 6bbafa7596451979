import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createTestDatabase, type TestDatabase } from '@lavterskel/dev-postgres';
import type { Clock } from '@lavterskel/kernel';
import { signDevelopmentToken } from '@lavterskel/kernel/nest';
import { loadApiConfig } from '../config/api-config';
import { createApp } from '../create-app';
import { libraries } from '../database/libraries';

export const TEST_JWT_SECRET = 'e2e-secret-long-enough-for-hs256-signatures';

export interface TokenClaims {
  tenant: string;
  roles?: string[];
  teams?: string[];
  subject?: string;
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

/** The composed API on a fresh database with every library's migrations applied. */
export async function startTestApp(options: { clock?: Clock } = {}): Promise<TestApp> {
  const db = await createTestDatabase({
    entities: libraries.flatMap((library) => library.entities),
    migrations: libraries.flatMap((library) => library.migrations),
  });
  const config = loadApiConfig({ NODE_ENV: 'test', AUTH_JWT_SECRET: TEST_JWT_SECRET });
  const app = await createApp({ config, databaseUrl: db.url, clock: options.clock });
  await app.init();
  return {
    app,
    db,
    http: () => request(app.getHttpServer()),
    token: (claims) => signDevelopmentToken({ secret: TEST_JWT_SECRET, ...claims, expiresIn: '1h' }),
    close: async () => {
      await app.close();
      await db.drop();
    },
  };
}
