import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createDatabaseIfMissing, dropDatabase, serverUrl, withDatabase } from '@lavterskel/dev-postgres';
import { loadApiConfig } from '../config/api-config';
import { createApp } from '../create-app';
import { TEST_JWT_SECRET } from '../testing/test-app';
import { dataSourceOptions } from './data-source-options';
import { libraries } from './libraries';

describe('migrations', () => {
  const name = `lvt_test_empty_${randomBytes(4).toString('hex')}`;
  const url = withDatabase(serverUrl(), name);

  beforeAll(() => createDatabaseIfMissing(serverUrl(), name));
  afterAll(() => dropDatabase(serverUrl(), name));

  it('apply to an empty database, and a second run finds nothing to do', async () => {
    const dataSource = await new DataSource(dataSourceOptions(url)).initialize();
    try {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      expect(applied).toHaveLength(libraries.flatMap((library) => library.migrations).length);
      expect(await dataSource.showMigrations()).toBe(false);
      expect(await dataSource.runMigrations({ transaction: 'each' })).toEqual([]);
      const schemas = await dataSource.query(`SELECT schema_name FROM information_schema.schemata`);
      for (const library of libraries) {
        expect(schemas).toContainEqual({ schema_name: library.schema });
      }
    } finally {
      await dataSource.destroy();
    }
  });

  it('let the API start twice on the same database', async () => {
    const config = loadApiConfig({ NODE_ENV: 'test', AUTH_JWT_SECRET: TEST_JWT_SECRET });
    for (let start = 0; start < 2; start += 1) {
      const app = await createApp({ config, databaseUrl: url });
      await app.init();
      await app.close();
    }
  });
});
