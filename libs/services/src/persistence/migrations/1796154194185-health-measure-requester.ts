import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ServicesHealthMeasureRequester1796154194185 implements MigrationInterface {
  name = 'ServicesHealthMeasureRequester1796154194185';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "services"."health_measure" ADD "requested_by" character varying(32)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "services"."health_measure" DROP COLUMN "requested_by"`);
  }
}
