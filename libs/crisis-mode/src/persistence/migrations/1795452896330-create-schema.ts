import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CrisisModeCreateSchema1795452896330 implements MigrationInterface {
  name = 'CrisisModeCreateSchema1795452896330';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SCHEMA IF NOT EXISTS "crisis"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP SCHEMA IF EXISTS "crisis"`);
  }
}
