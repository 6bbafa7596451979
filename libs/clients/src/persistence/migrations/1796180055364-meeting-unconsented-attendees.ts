import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ClientsMeetingUnconsentedAttendees1796180055364 implements MigrationInterface {
  name = 'ClientsMeetingUnconsentedAttendees1796180055364';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "clients"."responsibility_group_meeting" ADD "unconsented_attendee_member_ids" uuid array`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "clients"."responsibility_group_meeting" DROP COLUMN "unconsented_attendee_member_ids"`,
    );
  }
}
