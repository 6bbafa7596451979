import { createTestDatabase, type TestDatabase } from '@lavterskel/dev-postgres';
import { DatabaseNotDurableError, assertDurable, durabilityProblems } from './durability';

describe('start-up refuses a database that may lose acknowledged writes', () => {
  it('names fsync=off and synchronous_commit=off, and accepts the durable settings', () => {
    expect(durabilityProblems({ fsync: 'off', synchronousCommit: 'off' })).toEqual([
      'fsync is off (a crash can corrupt the database)',
      'synchronous_commit is off (a crash can lose writes the API has acknowledged)',
    ]);
    expect(durabilityProblems({ fsync: 'on', synchronousCommit: 'on' })).toEqual([]);
    expect(durabilityProblems({ fsync: 'on', synchronousCommit: 'remote_apply' })).toEqual([]);
  });

  describe('on a real PostgreSQL', () => {
    let db: TestDatabase;
    beforeAll(async () => {
      db = await createTestDatabase({ entities: [], migrations: [] });
    });
    afterAll(() => db.drop());

    it('passes with the server’s settings and refuses when a role turns synchronous_commit off', async () => {
      await expect(assertDurable(db.url, 'the test database')).resolves.toBeUndefined();
      await db.dataSource.query(`ALTER DATABASE "${db.name}" SET synchronous_commit = off`);
      await expect(assertDurable(db.url, 'the test database')).rejects.toThrow(
        DatabaseNotDurableError,
      );
      await expect(assertDurable(db.url, 'the test database')).rejects.toThrow(
        /synchronous_commit is off/,
      );
    });
  });
});
