import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ConsentCreateSchema1795452890996 implements MigrationInterface {
  name = 'ConsentCreateSchema1795452890996';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SCHEMA IF NOT EXISTS "consent"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP SCHEMA IF EXISTS "consent"`);
  }
}
