import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ServicesCreateSchema1795452878513 implements MigrationInterface {
  name = 'ServicesCreateSchema1795452878513';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SCHEMA IF NOT EXISTS "services"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP SCHEMA IF EXISTS "services"`);
  }
}
