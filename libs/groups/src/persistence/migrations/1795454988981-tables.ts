import type { MigrationInterface, QueryRunner } from 'typeorm';

export class GroupsTables1795454988981 implements MigrationInterface {
  name = 'GroupsTables1795454988981';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "groups"."arrangement" ("id" uuid NOT NULL, "tenant_id" character varying(4) NOT NULL, "reference" character varying(100) NOT NULL, "max_size" integer NOT NULL, "service_ids" uuid array, "status" character varying(10) NOT NULL, "applied_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "applied_by" text NOT NULL, "restored_at" TIMESTAMP(3) WITH TIME ZONE, "restored_by" text, CONSTRAINT "arrangement_tenant_reference_uq" UNIQUE ("tenant_id", "reference"), CONSTRAINT "arrangement_restored_check" CHECK (("status" = 'restored') = ("restored_at" IS NOT NULL)), CONSTRAINT "arrangement_status_check" CHECK ("status" IN ('applied', 'restored')), CONSTRAINT "arrangement_max_size_check" CHECK ("max_size" >= 1), CONSTRAINT "arrangement_tenant_id_check" CHECK ("tenant_id" ~ '^[0-9]{4}$'), CONSTRAINT "PK_ea323dddf7ba7f752113c0ce261" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "groups"."activity_group" ("id" uuid NOT NULL, "tenant_id" character varying(4) NOT NULL, "service_id" uuid NOT NULL, "name" character varying(120) NOT NULL, "location_kind" character varying(8) NOT NULL, "capacity" integer NOT NULL, "schedule" jsonb NOT NULL, "active_arrangement_id" uuid, "version" integer NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "activity_group_capacity_check" CHECK ("capacity" >= 1), CONSTRAINT "activity_group_location_kind_check" CHECK ("location_kind" IN ('indoor', 'outdoor', 'online')), CONSTRAINT "activity_group_tenant_id_check" CHECK ("tenant_id" ~ '^[0-9]{4}$'), CONSTRAINT "PK_747139e8e5ba564d0edc7652f77" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "activity_group_tenant_arrangement_idx" ON "groups"."activity_group"  ("tenant_id", "active_arrangement_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "activity_group_tenant_service_idx" ON "groups"."activity_group"  ("tenant_id", "service_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "activity_group_tenant_name_idx" ON "groups"."activity_group"  ("tenant_id", "name", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "groups"."cohort" ("id" uuid NOT NULL, "tenant_id" character varying(4) NOT NULL, "group_id" uuid NOT NULL, "weekday" character varying(9) NOT NULL, "start_time" character varying(5) NOT NULL, "max_size" integer NOT NULL, "status" character varying(10) NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "cohort_status_check" CHECK ("status" IN ('active', 'dissolved')), CONSTRAINT "cohort_max_size_check" CHECK ("max_size" >= 1), CONSTRAINT "cohort_start_time_check" CHECK ("start_time" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'), CONSTRAINT "cohort_weekday_check" CHECK ("weekday" IN ('monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday')), CONSTRAINT "cohort_tenant_id_check" CHECK ("tenant_id" ~ '^[0-9]{4}$'), CONSTRAINT "PK_4fb3cca38dc4b461110344e5f9b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "cohort_tenant_group_idx" ON "groups"."cohort"  ("tenant_id", "group_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "groups"."arrangement_cohort" ("arrangement_id" uuid NOT NULL, "cohort_id" uuid NOT NULL, "tenant_id" character varying(4) NOT NULL, "group_id" uuid NOT NULL, "previous_max_size" integer, "previous_status" character varying(10), CONSTRAINT "arrangement_cohort_previous_check" CHECK (("previous_max_size" IS NULL) = ("previous_status" IS NULL)), CONSTRAINT "PK_1052012c1a2af4f45d16646d0ba" PRIMARY KEY ("arrangement_id", "cohort_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "arrangement_cohort_tenant_idx" ON "groups"."arrangement_cohort"  ("tenant_id", "arrangement_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "groups"."membership" ("id" uuid NOT NULL, "tenant_id" character varying(4) NOT NULL, "group_id" uuid NOT NULL, "client_id" uuid NOT NULL, "status" character varying(10) NOT NULL, "cohort_id" uuid, "preferred_weekday" character varying(9), "preferred_start_time" character varying(5), "joined_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "waitlisted_at" TIMESTAMP(3) WITH TIME ZONE, "left_at" TIMESTAMP(3) WITH TIME ZONE, "version" integer NOT NULL, CONSTRAINT "membership_preferred_slot_check" CHECK (("preferred_weekday" IS NULL) = ("preferred_start_time" IS NULL)), CONSTRAINT "membership_left_check" CHECK (("status" = 'left') = ("left_at" IS NOT NULL)), CONSTRAINT "membership_waitlisted_check" CHECK (("status" = 'waitlisted') = ("waitlisted_at" IS NOT NULL)), CONSTRAINT "membership_seated_check" CHECK (("status" = 'active') = ("cohort_id" IS NOT NULL)), CONSTRAINT "membership_status_check" CHECK ("status" IN ('active', 'waitlisted', 'left')), CONSTRAINT "membership_tenant_id_check" CHECK ("tenant_id" ~ '^[0-9]{4}$'), CONSTRAINT "PK_83c1afebef3059472e7c37e8de8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "membership_tenant_cohort_idx" ON "groups"."membership"  ("tenant_id", "cohort_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "membership_tenant_client_idx" ON "groups"."membership"  ("tenant_id", "client_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "membership_tenant_group_joined_idx" ON "groups"."membership"  ("tenant_id", "group_id", "joined_at", "id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "membership_current_client_uq" ON "groups"."membership"  ("tenant_id", "group_id", "client_id") WHERE "status" <> 'left'`,
    );
    await queryRunner.query(
      `CREATE TABLE "groups"."arrangement_member" ("arrangement_id" uuid NOT NULL, "membership_id" uuid NOT NULL, "tenant_id" character varying(4) NOT NULL, "group_id" uuid NOT NULL, "previous_cohort_id" uuid NOT NULL, CONSTRAINT "PK_f0ffa6396a48d2c129e2bd0d6c5" PRIMARY KEY ("arrangement_id", "membership_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "arrangement_member_tenant_idx" ON "groups"."arrangement_member"  ("tenant_id", "arrangement_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "groups"."session" ("id" uuid NOT NULL, "tenant_id" character varying(4) NOT NULL, "group_id" uuid NOT NULL, "cohort_id" uuid NOT NULL, "session_date" date NOT NULL, "start_time" character varying(5) NOT NULL, "duration_minutes" integer NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "session_tenant_cohort_date_uq" UNIQUE ("tenant_id", "cohort_id", "session_date"), CONSTRAINT "session_start_time_check" CHECK ("start_time" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'), CONSTRAINT "session_tenant_id_check" CHECK ("tenant_id" ~ '^[0-9]{4}$'), CONSTRAINT "PK_f55da76ac1c3ac420f444d2ff11" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "session_tenant_group_date_idx" ON "groups"."session"  ("tenant_id", "group_id", "session_date", "start_time", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "groups"."attendance" ("id" uuid NOT NULL, "tenant_id" character varying(4) NOT NULL, "session_id" uuid NOT NULL, "group_id" uuid NOT NULL, "client_id" uuid NOT NULL, "status" character varying(10) NOT NULL, "recorded_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "recorded_by" text NOT NULL, "version" integer NOT NULL, CONSTRAINT "attendance_tenant_session_client_uq" UNIQUE ("tenant_id", "session_id", "client_id"), CONSTRAINT "attendance_status_check" CHECK ("status" IN ('present', 'absent', 'cancelled')), CONSTRAINT "attendance_tenant_id_check" CHECK ("tenant_id" ~ '^[0-9]{4}$'), CONSTRAINT "PK_ee0ffe42c1f1a01e72b725c0cb2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "attendance_tenant_client_status_idx" ON "groups"."attendance"  ("tenant_id", "client_id", "status") `,
    );
    await queryRunner.query(
      `ALTER TABLE "groups"."activity_group" ADD CONSTRAINT "activity_group_arrangement_fk" FOREIGN KEY ("active_arrangement_id") REFERENCES "groups"."arrangement"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "groups"."cohort" ADD CONSTRAINT "cohort_group_fk" FOREIGN KEY ("group_id") REFERENCES "groups"."activity_group"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "groups"."arrangement_cohort" ADD CONSTRAINT "arrangement_cohort_arrangement_fk" FOREIGN KEY ("arrangement_id") REFERENCES "groups"."arrangement"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "groups"."arrangement_cohort" ADD CONSTRAINT "arrangement_cohort_cohort_fk" FOREIGN KEY ("cohort_id") REFERENCES "groups"."cohort"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "groups"."membership" ADD CONSTRAINT "membership_group_fk" FOREIGN KEY ("group_id") REFERENCES "groups"."activity_group"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "groups"."membership" ADD CONSTRAINT "membership_cohort_fk" FOREIGN KEY ("cohort_id") REFERENCES "groups"."cohort"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "groups"."arrangement_member" ADD CONSTRAINT "arrangement_member_arrangement_fk" FOREIGN KEY ("arrangement_id") REFERENCES "groups"."arrangement"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "groups"."arrangement_member" ADD CONSTRAINT "arrangement_member_membership_fk" FOREIGN KEY ("membership_id") REFERENCES "groups"."membership"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "groups"."arrangement_member" ADD CONSTRAINT "arrangement_member_cohort_fk" FOREIGN KEY ("previous_cohort_id") REFERENCES "groups"."cohort"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "groups"."session" ADD CONSTRAINT "session_group_fk" FOREIGN KEY ("group_id") REFERENCES "groups"."activity_group"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "groups"."session" ADD CONSTRAINT "session_cohort_fk" FOREIGN KEY ("cohort_id") REFERENCES "groups"."cohort"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "groups"."attendance" ADD CONSTRAINT "attendance_session_fk" FOREIGN KEY ("session_id") REFERENCES "groups"."session"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "groups"."attendance" DROP CONSTRAINT "attendance_session_fk"`,
    );
    await queryRunner.query(`ALTER TABLE "groups"."session" DROP CONSTRAINT "session_cohort_fk"`);
    await queryRunner.query(`ALTER TABLE "groups"."session" DROP CONSTRAINT "session_group_fk"`);
    await queryRunner.query(
      `ALTER TABLE "groups"."arrangement_member" DROP CONSTRAINT "arrangement_member_cohort_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "groups"."arrangement_member" DROP CONSTRAINT "arrangement_member_membership_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "groups"."arrangement_member" DROP CONSTRAINT "arrangement_member_arrangement_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "groups"."membership" DROP CONSTRAINT "membership_cohort_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "groups"."membership" DROP CONSTRAINT "membership_group_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "groups"."arrangement_cohort" DROP CONSTRAINT "arrangement_cohort_cohort_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "groups"."arrangement_cohort" DROP CONSTRAINT "arrangement_cohort_arrangement_fk"`,
    );
    await queryRunner.query(`ALTER TABLE "groups"."cohort" DROP CONSTRAINT "cohort_group_fk"`);
    await queryRunner.query(
      `ALTER TABLE "groups"."activity_group" DROP CONSTRAINT "activity_group_arrangement_fk"`,
    );
    await queryRunner.query(`DROP INDEX "groups"."attendance_tenant_client_status_idx"`);
    await queryRunner.query(`DROP TABLE "groups"."attendance"`);
    await queryRunner.query(`DROP INDEX "groups"."session_tenant_group_date_idx"`);
    await queryRunner.query(`DROP TABLE "groups"."session"`);
    await queryRunner.query(`DROP INDEX "groups"."arrangement_member_tenant_idx"`);
    await queryRunner.query(`DROP TABLE "groups"."arrangement_member"`);
    await queryRunner.query(`DROP INDEX "groups"."membership_current_client_uq"`);
    await queryRunner.query(`DROP INDEX "groups"."membership_tenant_group_joined_idx"`);
    await queryRunner.query(`DROP INDEX "groups"."membership_tenant_client_idx"`);
    await queryRunner.query(`DROP INDEX "groups"."membership_tenant_cohort_idx"`);
    await queryRunner.query(`DROP TABLE "groups"."membership"`);
    await queryRunner.query(`DROP INDEX "groups"."arrangement_cohort_tenant_idx"`);
    await queryRunner.query(`DROP TABLE "groups"."arrangement_cohort"`);
    await queryRunner.query(`DROP INDEX "groups"."cohort_tenant_group_idx"`);
    await queryRunner.query(`DROP TABLE "groups"."cohort"`);
    await queryRunner.query(`DROP INDEX "groups"."activity_group_tenant_name_idx"`);
    await queryRunner.query(`DROP INDEX "groups"."activity_group_tenant_service_idx"`);
    await queryRunner.query(`DROP INDEX "groups"."activity_group_tenant_arrangement_idx"`);
    await queryRunner.query(`DROP TABLE "groups"."activity_group"`);
    await queryRunner.query(`DROP TABLE "groups"."arrangement"`);
  }
}
