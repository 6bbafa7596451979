import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hand-written: name search (`search_text LIKE '% word%'`) served by a trigram index, so that it
 * stays flat as the register grows instead of scanning every client of the municipality.
 * pg_trgm is a trusted extension: a database owner without superuser may create it.
 */
export class ClientsSearchTrigramIndex1796170000001 implements MigrationInterface {
  name = 'ClientsSearchTrigramIndex1796170000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(
      `CREATE INDEX "client_search_text_trgm_idx" ON "clients"."client" USING gin ("search_text" gin_trgm_ops)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // The extension stays: other schemas of the database may use it.
    await queryRunner.query(`DROP INDEX "clients"."client_search_text_trgm_idx"`);
  }
}
