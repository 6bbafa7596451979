import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ClientsCreateSchema1795452873013 implements MigrationInterface {
  name = 'ClientsCreateSchema1795452873013';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SCHEMA IF NOT EXISTS "clients"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP SCHEMA IF EXISTS "clients"`);
  }
}
