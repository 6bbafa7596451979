import { createTestDatabase, type TestDatabase } from '@lavterskel/dev-postgres';
import { purgeExpiredRecords } from './expired-records-purge';
import { kernelPersistence } from './kernel-persistence';

const NOW = new Date('2026-03-02T12:00:00Z');
const minutes = (n: number) => new Date(NOW.getTime() + n * 60_000);

describe('purgeExpiredRecords', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase({
      entities: [...kernelPersistence.entities],
      migrations: kernelPersistence.migrations,
    });
  });
  afterAll(() => db.drop());

  async function seed(prefix: string, expiries: readonly Date[]): Promise<void> {
    for (const [i, expiresAt] of expiries.entries()) {
      await db.dataSource.query(
        `INSERT INTO kernel.idempotency_record (tenant_id, actor_subject, idempotency_key, request_fingerprint, response_body, created_at, expires_at)
         VALUES ('4003', 'nurse-anne', $1, repeat('a', 64), '{"nationalId":"15076500565"}', $2, $2)`,
        [`${prefix}-${i}`, expiresAt],
      );
      await db.dataSource.query(
        `INSERT INTO kernel.rate_limit_hits (key, window_start, throttler, hits, expires_at) VALUES ($1, $2, 'test', 1, $2)`,
        [`${prefix}-${i}`, expiresAt],
      );
    }
  }
  const keysLeft = async (table: string, keyColumn: string, prefix: string) =>
    (
      (await db.dataSource.query(
        `SELECT ${keyColumn} AS key FROM ${table} WHERE ${keyColumn} LIKE $1 ORDER BY 1`,
        [`${prefix}-%`],
      )) as { key: string }[]
    ).map((row) => row.key);

  it('deletes only rows past their expiry, in batches, from both tables', async () => {
    // 0-4 expired (one just now is not: expiry is "< now"), 5-6 still valid.
    await seed('one', [
      minutes(-1440),
      minutes(-60),
      minutes(-2),
      minutes(-1),
      minutes(-0.001),
      NOW,
      minutes(30),
    ]);
    const result = await purgeExpiredRecords(db.dataSource, {
      at: NOW,
      batchSize: 2,
      maxBatches: 10,
    });
    expect(result).toEqual({ '"kernel"."idempotency_record"': 5, '"kernel"."rate_limit_hits"': 5 });
    expect(await keysLeft('kernel.idempotency_record', 'idempotency_key', 'one')).toEqual([
      'one-5',
      'one-6',
    ]);
    expect(await keysLeft('kernel.rate_limit_hits', 'key', 'one')).toEqual(['one-5', 'one-6']);
  });

  it('stops after maxBatches and leaves the rest for the next run', async () => {
    await seed('two', [minutes(-5), minutes(-4), minutes(-3)]);
    const first = await purgeExpiredRecords(db.dataSource, {
      at: NOW,
      batchSize: 1,
      maxBatches: 2,
    });
    expect(first['"kernel"."idempotency_record"']).toBe(2);
    expect(await keysLeft('kernel.idempotency_record', 'idempotency_key', 'two')).toHaveLength(1);
    await purgeExpiredRecords(db.dataSource, { at: NOW, batchSize: 1, maxBatches: 2 });
    expect(await keysLeft('kernel.idempotency_record', 'idempotency_key', 'two')).toEqual([]);
  });

  it('is safe to run in several processes at once: every expired row is deleted exactly once', async () => {
    await seed(
      'many',
      Array.from({ length: 30 }, (_, i) => minutes(-1 - i)),
    );
    await seed('kept', [minutes(1), minutes(2)]);
    const runs = await Promise.all(
      Array.from({ length: 3 }, () =>
        purgeExpiredRecords(db.dataSource, { at: NOW, batchSize: 4, maxBatches: 20 }),
      ),
    );
    const total = runs.reduce((sum, run) => sum + run['"kernel"."idempotency_record"'], 0);
    expect(total).toBe(30);
    expect(await keysLeft('kernel.idempotency_record', 'idempotency_key', 'many')).toEqual([]);
    expect(await keysLeft('kernel.idempotency_record', 'idempotency_key', 'kept')).toEqual([
      'kept-0',
      'kept-1',
    ]);
  });
});
