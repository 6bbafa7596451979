import { randomBytes } from 'node:crypto';
import {
  createDatabaseIfMissing,
  dropDatabase,
  serverUrl,
  withClient,
  withDatabase,
} from '@lavterskel/dev-postgres';
import { libraries } from './libraries';
import { migrateAsOwner } from './migrate';

describe('replicas starting together on a fresh database', () => {
  const name = `lvt_test_race_${randomBytes(4).toString('hex')}`;
  const url = withDatabase(serverUrl(), name);

  beforeAll(() => createDatabaseIfMissing(serverUrl(), name));
  afterAll(() => dropDatabase(serverUrl(), name));

  it('both succeed, and each migration is applied once', async () => {
    const runs = await Promise.all([migrateAsOwner(url), migrateAsOwner(url)]);

    const every = libraries.flatMap((library) =>
      library.migrations.map((migration) => migration.name),
    );
    const applied = runs.flatMap((run) => run.map((migration) => migration.name));
    expect(applied.sort()).toEqual([...every].sort());
    expect(runs.map((run) => run.length).sort((a, b) => a - b)).toEqual([0, every.length]);

    const recorded = await withClient(url, async (client) => {
      const { rows } = await client.query<{ name: string; times: number }>(
        'SELECT name, count(*)::int AS times FROM migrations GROUP BY name',
      );
      return rows;
    });
    expect(recorded).toHaveLength(every.length);
    expect(recorded.every((row) => row.times === 1)).toBe(true);
  });
});
