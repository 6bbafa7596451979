import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ClientsEncounterService1796154437515 implements MigrationInterface {
  name = 'ClientsEncounterService1796154437515';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "clients"."encounter" ADD "service_id" uuid`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "clients"."encounter" DROP COLUMN "service_id"`);
  }
}
