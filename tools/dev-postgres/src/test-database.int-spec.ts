import type { MigrationInterface, QueryRunner } from 'typeorm';
import { databaseExists, withClient } from './admin';
import { createTestDatabase, serverUrl } from './test-database';

class NotesTable1700000000000 implements MigrationInterface {
  name = 'NotesTable1700000000000';
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE TABLE public.note (text text NOT NULL)');
  }
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE public.note');
  }
}

describe('createTestDatabase', () => {
  it('gives each caller its own database with the migrations applied, isolated from the others', async () => {
    const [first, second] = await Promise.all([
      createTestDatabase({ entities: [], migrations: [NotesTable1700000000000] }),
      createTestDatabase({ entities: [], migrations: [NotesTable1700000000000] }),
    ]);
    try {
      expect(first.name).not.toBe(second.name);
      await first.dataSource.query(`INSERT INTO public.note VALUES ('only in the first')`);
      expect(await first.dataSource.query('SELECT text FROM public.note')).toEqual([{ text: 'only in the first' }]);
      expect(await second.dataSource.query('SELECT text FROM public.note')).toEqual([]);
      const applied = await second.dataSource.query('SELECT name FROM public.migrations');
      expect(applied).toEqual([{ name: 'NotesTable1700000000000' }]);
    } finally {
      await Promise.all([first.drop(), second.drop()]);
    }
  });

  it('drops the database when asked', async () => {
    const db = await createTestDatabase({ entities: [], migrations: [NotesTable1700000000000] });
    await db.drop();
    expect(await withClient(serverUrl(), (client) => databaseExists(client, db.name))).toBe(false);
  });
});
