import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A merge moves a client's individual plan and responsibility group to the survivor (when the
 * survivor has none): their versions, members and meetings follow the parent's client id.
 */
export class ClientsPlansAndGroupsFollowAMerge1796181416017 implements MigrationInterface {
  name = 'ClientsPlansAndGroupsFollowAMerge1796181416017';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "clients"."individual_plan_version" DROP CONSTRAINT "individual_plan_version_plan_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "clients"."responsibility_group_meeting" DROP CONSTRAINT "responsibility_group_meeting_group_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "clients"."responsibility_group_member" DROP CONSTRAINT "responsibility_group_member_group_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "clients"."individual_plan_version" ADD CONSTRAINT "individual_plan_version_plan_fk" FOREIGN KEY ("client_id") REFERENCES "clients"."individual_plan"("client_id") ON DELETE RESTRICT ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "clients"."responsibility_group_meeting" ADD CONSTRAINT "responsibility_group_meeting_group_fk" FOREIGN KEY ("client_id") REFERENCES "clients"."responsibility_group"("client_id") ON DELETE RESTRICT ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "clients"."responsibility_group_member" ADD CONSTRAINT "responsibility_group_member_group_fk" FOREIGN KEY ("client_id") REFERENCES "clients"."responsibility_group"("client_id") ON DELETE RESTRICT ON UPDATE CASCADE`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "clients"."responsibility_group_member" DROP CONSTRAINT "responsibility_group_member_group_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "clients"."responsibility_group_meeting" DROP CONSTRAINT "responsibility_group_meeting_group_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "clients"."individual_plan_version" DROP CONSTRAINT "individual_plan_version_plan_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "clients"."responsibility_group_member" ADD CONSTRAINT "responsibility_group_member_group_fk" FOREIGN KEY ("client_id") REFERENCES "clients"."responsibility_group"("client_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "clients"."responsibility_group_meeting" ADD CONSTRAINT "responsibility_group_meeting_group_fk" FOREIGN KEY ("client_id") REFERENCES "clients"."responsibility_group"("client_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "clients"."individual_plan_version" ADD CONSTRAINT "individual_plan_version_plan_fk" FOREIGN KEY ("client_id") REFERENCES "clients"."individual_plan"("client_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }
}
