import { createTestDatabase, type TestDatabase } from '@lavterskel/dev-postgres';
import { kernelPersistence } from './kernel-persistence';
import { TypeOrmTransactionHost } from './typeorm-transaction-host';

describe('TypeOrmTransactionHost', () => {
  let db: TestDatabase;
  let host: TypeOrmTransactionHost;

  beforeAll(async () => {
    db = await createTestDatabase({
      entities: [...kernelPersistence.entities],
      migrations: kernelPersistence.migrations,
    });
    host = new TypeOrmTransactionHost(db.dataSource);
    await db.dataSource.query('CREATE TABLE public.note (text text NOT NULL)');
  });
  afterAll(() => db.drop());

  const notes = async () =>
    (await db.dataSource.query('SELECT text FROM public.note ORDER BY text')).map(
      (row: { text: string }) => row.text,
    );

  it('joins nested work into the outer transaction, so one failure undoes all of it', async () => {
    await expect(
      host.run(async () => {
        await host.manager().query(`INSERT INTO public.note VALUES ('outer')`);
        await host.run(() => host.manager().query(`INSERT INTO public.note VALUES ('inner')`));
        throw new Error('fails after both writes');
      }),
    ).rejects.toThrow('fails after both writes');
    expect(await notes()).toEqual([]);
  });

  it('commits when the work succeeds, and uses the plain manager outside a transaction', async () => {
    await host.run(() => host.manager().query(`INSERT INTO public.note VALUES ('kept')`));
    expect(host.manager()).toBe(db.dataSource.manager);
    expect(await notes()).toEqual(['kept']);
  });
});
