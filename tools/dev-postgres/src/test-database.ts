import { createHash, randomBytes } from 'node:crypto';
import { DataSource, type DataSourceOptions, type MigrationInterface } from 'typeorm';
import { databaseExists, dropDatabase, quoteIdent, withClient, withDatabase } from './admin';

type Entities = NonNullable<DataSourceOptions['entities']>;
type MigrationClass = new () => MigrationInterface;

export interface TestDatabaseOptions {
  entities: Entities;
  /** Migration classes applied to the template this database is cloned from. */
  migrations: readonly MigrationClass[];
}

export interface TestDatabase {
  readonly url: string;
  readonly name: string;
  /** Initialised DataSource on the test database (its own entities, no synchronize). */
  readonly dataSource: DataSource;
  drop(): Promise<void>;
}

const TEMPLATE_LOCK = 7_420_031; // any constant: serialises template builds across jest processes

export function serverUrl(): string {
  const url = process.env['DATABASE_URL'];
  if (!url) throw new Error('DATABASE_URL is not set: run tests through jest (its global setup provides one).');
  return url;
}

/**
 * A fresh database for one test file, cloned from a template that has `migrations`
 * applied. Templates are keyed by the migration list, built once per server under an
 * advisory lock, and reused by every file and run until the migrations change.
 */
export async function createTestDatabase(options: TestDatabaseOptions): Promise<TestDatabase> {
  const server = serverUrl();
  const template = await ensureTemplate(server, options.migrations);
  const name = `lvt_test_${randomBytes(6).toString('hex')}`;
  await withClient(server, (client) =>
    client.query(`CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(template)}`),
  );
  const url = withDatabase(server, name);
  const dataSource = new DataSource({
    type: 'postgres',
    url,
    entities: options.entities,
    poolSize: 4,
  });
  await dataSource.initialize();
  return {
    url,
    name,
    dataSource,
    drop: async () => {
      if (dataSource.isInitialized) await dataSource.destroy();
      await dropDatabase(server, name);
    },
  };
}

async function ensureTemplate(server: string, migrations: readonly MigrationClass[]): Promise<string> {
  const fingerprint = createHash('sha256')
    .update(migrations.map((migration) => migration.name).join('\n'))
    .digest('hex')
    .slice(0, 16);
  const template = `lvt_template_${fingerprint}`;
  return withClient(server, async (client) => {
    await client.query('SELECT pg_advisory_lock($1)', [TEMPLATE_LOCK]);
    try {
      if (await databaseExists(client, template)) return template;
      const building = `${template}_building`;
      await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(building)} WITH (FORCE)`);
      await client.query(`CREATE DATABASE ${quoteIdent(building)}`);
      await applyMigrations(withDatabase(server, building), migrations);
      await client.query(`ALTER DATABASE ${quoteIdent(building)} RENAME TO ${quoteIdent(template)}`);
      return template;
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [TEMPLATE_LOCK]);
    }
  });
}

async function applyMigrations(url: string, migrations: readonly MigrationClass[]): Promise<void> {
  const dataSource = new DataSource({ type: 'postgres', url, migrations: [...migrations], poolSize: 1 });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}
