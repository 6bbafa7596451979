import { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '@lavterskel/dev-postgres';
import { fixedClock } from '../../domain/clock';
import { kernelPersistence } from '../../persistence/kernel-persistence';
import { PostgresThrottlerStorage } from './postgres-throttler-storage';

const MINUTE = 60_000;

describe('PostgresThrottlerStorage', () => {
  let db: TestDatabase;
  let secondProcess: DataSource;
  const clock = fixedClock('2026-03-02T10:00:20Z');

  beforeAll(async () => {
    db = await createTestDatabase({
      entities: [...kernelPersistence.entities],
      migrations: kernelPersistence.migrations,
    });
    // A second pool on the same database stands in for another API process.
    secondProcess = new DataSource({ type: 'postgres', url: db.url, poolSize: 10 });
    await secondProcess.initialize();
  });
  afterAll(async () => {
    await secondProcess.destroy();
    await db.drop();
  });

  it('counts concurrent requests from two processes without losing one', async () => {
    const storages = [
      new PostgresThrottlerStorage(db.dataSource, clock),
      new PostgresThrottlerStorage(secondProcess, clock),
    ];
    const records = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        storages[i % 2].increment('key-concurrent', MINUTE, 100, MINUTE, 'test'),
      ),
    );
    expect(records.map((record) => record.totalHits).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 40 }, (_, i) => i + 1),
    );
    expect(records.every((record) => !record.isBlocked)).toBe(true);
  });

  it('blocks over the limit until the window ends, in whole seconds, then counts anew', async () => {
    const storage = new PostgresThrottlerStorage(db.dataSource, clock);
    clock.set('2026-03-02T10:05:20Z'); // 40 s left of the minute's window
    const hit = () => storage.increment('key-window', MINUTE, 2, MINUTE, 'test');
    expect(await hit()).toEqual({
      totalHits: 1,
      timeToExpire: 40,
      isBlocked: false,
      timeToBlockExpire: 0,
    });
    expect((await hit()).isBlocked).toBe(false);
    expect(await hit()).toEqual({
      totalHits: 3,
      timeToExpire: 40,
      isBlocked: true,
      timeToBlockExpire: 40,
    });
    clock.set('2026-03-02T10:05:59.500Z');
    expect(await hit()).toMatchObject({ isBlocked: true, timeToBlockExpire: 1 });
    clock.set('2026-03-02T10:06:00Z');
    expect(await hit()).toEqual({
      totalHits: 1,
      timeToExpire: 60,
      isBlocked: false,
      timeToBlockExpire: 0,
    });
  });

  it('keeps keys apart and stores each window with its expiry', async () => {
    clock.set('2026-03-02T11:00:00Z');
    const storage = new PostgresThrottlerStorage(db.dataSource, clock);
    await storage.increment('key-a', MINUTE, 1, MINUTE, 'test');
    await storage.increment('key-a', MINUTE, 1, MINUTE, 'test');
    expect((await storage.increment('key-b', MINUTE, 1, MINUTE, 'test')).isBlocked).toBe(false);
    const rows: { key: string; hits: number; expires_at: Date }[] = await db.dataSource.query(
      `SELECT key, hits, expires_at FROM kernel.rate_limit_hits WHERE key IN ('key-a', 'key-b') ORDER BY key`,
    );
    expect(rows).toEqual([
      { key: 'key-a', hits: 2, expires_at: new Date('2026-03-02T11:01:00Z') },
      { key: 'key-b', hits: 1, expires_at: new Date('2026-03-02T11:01:00Z') },
    ]);
  });
});
