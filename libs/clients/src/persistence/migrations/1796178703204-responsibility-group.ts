import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantIsolation } from '@lavterskel/kernel/typeorm';

export class ClientsResponsibilityGroup1796178703204 implements MigrationInterface {
  name = 'ClientsResponsibilityGroup1796178703204';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "clients"."responsibility_group" ("client_id" uuid NOT NULL, "id" uuid NOT NULL, "tenant_id" character varying(4) NOT NULL, "categories" character varying(64) array NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "updated_by" character varying(200) NOT NULL, "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "responsibility_group_categories_check" CHECK (cardinality("categories") > 0), CONSTRAINT "responsibility_group_tenant_id_check" CHECK ("tenant_id" ~ '^[0-9]{4}$'), CONSTRAINT "responsibility_group_pkey" PRIMARY KEY ("client_id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "responsibility_group_tenant_id_key" ON "clients"."responsibility_group"  ("tenant_id", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "clients"."responsibility_group_meeting" ("id" uuid NOT NULL, "tenant_id" character varying(4) NOT NULL, "client_id" uuid NOT NULL, "status" character varying(16) NOT NULL, "scheduled_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "channel" character varying(16) NOT NULL, "location" character varying(1000), "planned_by" character varying(200) NOT NULL, "planned_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "held_at" TIMESTAMP(3) WITH TIME ZONE, "attendee_member_ids" uuid array, "decisions" jsonb, "follow_ups" jsonb, "next_meeting_id" uuid, "recorded_by" character varying(200), "recorded_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "responsibility_group_meeting_minutes_check" CHECK (("status" = 'held') = ("held_at" IS NOT NULL AND "recorded_by" IS NOT NULL AND "recorded_at" IS NOT NULL AND "attendee_member_ids" IS NOT NULL AND "decisions" IS NOT NULL AND "follow_ups" IS NOT NULL)), CONSTRAINT "responsibility_group_meeting_channel_check" CHECK ("channel" IN ('office', 'video', 'phone', 'outdoors')), CONSTRAINT "responsibility_group_meeting_status_check" CHECK ("status" IN ('planned', 'held')), CONSTRAINT "responsibility_group_meeting_tenant_id_check" CHECK ("tenant_id" ~ '^[0-9]{4}$'), CONSTRAINT "responsibility_group_meeting_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "responsibility_group_meeting_group_idx" ON "clients"."responsibility_group_meeting"  ("tenant_id", "client_id", "scheduled_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "clients"."responsibility_group_member" ("id" uuid NOT NULL, "tenant_id" character varying(4) NOT NULL, "client_id" uuid NOT NULL, "position" integer NOT NULL, "kind" character varying(16) NOT NULL, "valid_from" date NOT NULL, "valid_to" date, "subject" character varying(200), "name" character varying(200), "coordinator" boolean NOT NULL DEFAULT false, "organisation_kind" character varying(16), "organisation_name" character varying(200), "organisation_number" character varying(9), "phone" character varying(32), "email" character varying(200), "relative_id" uuid, "consent_status" character varying(24), "consent_checked_at" TIMESTAMP(3) WITH TIME ZONE, "consent_decisions" jsonb, CONSTRAINT "responsibility_group_member_organisation_number_check" CHECK ("organisation_number" ~ '^[0-9]{9}$'), CONSTRAINT "responsibility_group_member_shape_check" CHECK (("kind" = 'staff') = ("subject" IS NOT NULL) AND ("kind" = 'external') = ("organisation_kind" IS NOT NULL AND "organisation_name" IS NOT NULL AND "consent_status" IS NOT NULL) AND ("kind" = 'relative') = ("relative_id" IS NOT NULL)), CONSTRAINT "responsibility_group_member_coordinator_check" CHECK (NOT "coordinator" OR "kind" = 'staff'), CONSTRAINT "responsibility_group_member_period_check" CHECK ("valid_to" IS NULL OR "valid_to" >= "valid_from"), CONSTRAINT "responsibility_group_member_consent_status_check" CHECK ("consent_status" IN ('permitted', 'not-yet-consented')), CONSTRAINT "responsibility_group_member_organisation_kind_check" CHECK ("organisation_kind" IN ('gp', 'dps', 'tsb', 'nav', 'child-welfare', 'housing', 'other')), CONSTRAINT "responsibility_group_member_kind_check" CHECK ("kind" IN ('staff', 'external', 'relative', 'client')), CONSTRAINT "responsibility_group_member_tenant_id_check" CHECK ("tenant_id" ~ '^[0-9]{4}$'), CONSTRAINT "responsibility_group_member_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "responsibility_group_member_group_idx" ON "clients"."responsibility_group_member"  ("tenant_id", "client_id", "position") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "responsibility_group_member_one_coordinator_key" ON "clients"."responsibility_group_member"  ("client_id") WHERE "coordinator"`,
    );
    await queryRunner.query(
      `ALTER TABLE "clients"."responsibility_group" ADD CONSTRAINT "responsibility_group_client_fk" FOREIGN KEY ("client_id") REFERENCES "clients"."client"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "clients"."responsibility_group_meeting" ADD CONSTRAINT "responsibility_group_meeting_group_fk" FOREIGN KEY ("client_id") REFERENCES "clients"."responsibility_group"("client_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "clients"."responsibility_group_member" ADD CONSTRAINT "responsibility_group_member_group_fk" FOREIGN KEY ("client_id") REFERENCES "clients"."responsibility_group"("client_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // Hand-written: the new tables are visible to the runtime role only for their tenant.
    await enableTenantIsolation(queryRunner, 'clients');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "clients"."responsibility_group_member" DROP CONSTRAINT "responsibility_group_member_group_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "clients"."responsibility_group_meeting" DROP CONSTRAINT "responsibility_group_meeting_group_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "clients"."responsibility_group" DROP CONSTRAINT "responsibility_group_client_fk"`,
    );
    await queryRunner.query(
      `DROP INDEX "clients"."responsibility_group_member_one_coordinator_key"`,
    );
    await queryRunner.query(`DROP INDEX "clients"."responsibility_group_member_group_idx"`);
    await queryRunner.query(`DROP TABLE "clients"."responsibility_group_member"`);
    await queryRunner.query(`DROP INDEX "clients"."responsibility_group_meeting_group_idx"`);
    await queryRunner.query(`DROP TABLE "clients"."responsibility_group_meeting"`);
    await queryRunner.query(`DROP INDEX "clients"."responsibility_group_tenant_id_key"`);
    await queryRunner.query(`DROP TABLE "clients"."responsibility_group"`);
  }
}
