import type { MigrationInterface, QueryRunner } from 'typeorm';

export class GroupsCreateSchema1795452884406 implements MigrationInterface {
  name = 'GroupsCreateSchema1795452884406';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SCHEMA IF NOT EXISTS "groups"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP SCHEMA IF EXISTS "groups"`);
  }
}
