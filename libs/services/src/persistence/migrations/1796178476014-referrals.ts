import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantIsolation } from '@lavterskel/kernel/typeorm';

export class ServicesReferrals1796178476014 implements MigrationInterface {
  name = 'ServicesReferrals1796178476014';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "services"."referral" ("id" uuid NOT NULL, "tenant_id" character varying(4) NOT NULL, "client_id" uuid NOT NULL, "from_service_id" uuid, "from_partner_id" uuid, "to_service_id" uuid, "to_partner_id" uuid, "reason" text NOT NULL, "urgency" character varying(16) NOT NULL, "categories" character varying(64) array NOT NULL, "purpose" character varying(64) NOT NULL, "legal_basis_code" character varying(32), "legal_basis_justification" text, "due_on" date NOT NULL, "status" character varying(24) NOT NULL, "status_note" text, "enrolment_id" uuid, "created_by" text NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "version" integer NOT NULL, CONSTRAINT "referral_enrolment_check" CHECK ("enrolment_id" IS NULL OR "status" = 'accepted'), CONSTRAINT "referral_legal_basis_check" CHECK (("legal_basis_code" IS NULL) = ("legal_basis_justification" IS NULL)), CONSTRAINT "referral_categories_check" CHECK (cardinality("categories") >= 1), CONSTRAINT "referral_municipal_end_check" CHECK (num_nonnulls("from_service_id", "to_service_id") >= 1), CONSTRAINT "referral_to_check" CHECK (num_nonnulls("to_service_id", "to_partner_id") = 1), CONSTRAINT "referral_from_check" CHECK (num_nonnulls("from_service_id", "from_partner_id") = 1), CONSTRAINT "referral_urgency_check" CHECK ("urgency" IN ('routine', 'urgent', 'emergency')), CONSTRAINT "referral_status_check" CHECK ("status" IN ('sent', 'information-requested', 'resubmitted', 'accepted', 'rejected', 'withdrawn')), CONSTRAINT "referral_tenant_id_check" CHECK ("tenant_id" ~ '^[0-9]{4}$'), CONSTRAINT "PK_a2d3e935a6591168066defec5ad" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "referral_tenant_to_service_idx" ON "services"."referral"  ("tenant_id", "to_service_id", "due_on") `,
    );
    await queryRunner.query(
      `CREATE INDEX "referral_tenant_client_idx" ON "services"."referral"  ("tenant_id", "client_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "services"."referral_status_change" ("referral_id" uuid NOT NULL, "version" integer NOT NULL, "tenant_id" character varying(4) NOT NULL, "status" character varying(24) NOT NULL, "note" text, "changed_by" text NOT NULL, "changed_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "referral_status_change_status_check" CHECK ("status" IN ('sent', 'information-requested', 'resubmitted', 'accepted', 'rejected', 'withdrawn')), CONSTRAINT "referral_status_change_tenant_id_check" CHECK ("tenant_id" ~ '^[0-9]{4}$'), CONSTRAINT "PK_3a3521986d882951c266e9a072b" PRIMARY KEY ("referral_id", "version"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "services"."referral" ADD CONSTRAINT "FK_f3577bd53e9a792af4d36332788" FOREIGN KEY ("from_service_id") REFERENCES "services"."service"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "services"."referral" ADD CONSTRAINT "FK_baf18d746e1c6dad7365a9fe6be" FOREIGN KEY ("from_partner_id") REFERENCES "services"."partner"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "services"."referral" ADD CONSTRAINT "FK_06c66d27a830c0391e9d4c512ba" FOREIGN KEY ("to_service_id") REFERENCES "services"."service"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "services"."referral" ADD CONSTRAINT "FK_6412964746606f0d904fe9daa12" FOREIGN KEY ("to_partner_id") REFERENCES "services"."partner"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "services"."referral" ADD CONSTRAINT "FK_e0007f8f4d9c25d0c76f3958f12" FOREIGN KEY ("enrolment_id") REFERENCES "services"."enrolment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "services"."referral_status_change" ADD CONSTRAINT "FK_496968597363a7fa3018c7dbf53" FOREIGN KEY ("referral_id") REFERENCES "services"."referral"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // Hand-written: a referral's status history is append-only, for the application too.
    await queryRunner.query(`CREATE FUNCTION "services"."refuse_referral_history_change"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'services.referral_status_change is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER "referral_status_change_append_only" BEFORE UPDATE OR DELETE ON "services"."referral_status_change" FOR EACH ROW EXECUTE FUNCTION "services"."refuse_referral_history_change"()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "referral_status_change_no_truncate" BEFORE TRUNCATE ON "services"."referral_status_change" FOR EACH STATEMENT EXECUTE FUNCTION "services"."refuse_referral_history_change"()`,
    );
    // Hand-written: the new tables are visible to the runtime role only for their tenant.
    await enableTenantIsolation(queryRunner, 'services');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DROP TRIGGER "referral_status_change_no_truncate" ON "services"."referral_status_change"`,
    );
    await queryRunner.query(
      `DROP TRIGGER "referral_status_change_append_only" ON "services"."referral_status_change"`,
    );
    await queryRunner.query(`DROP FUNCTION "services"."refuse_referral_history_change"()`);
    await queryRunner.query(
      `ALTER TABLE "services"."referral_status_change" DROP CONSTRAINT "FK_496968597363a7fa3018c7dbf53"`,
    );
    await queryRunner.query(
      `ALTER TABLE "services"."referral" DROP CONSTRAINT "FK_e0007f8f4d9c25d0c76f3958f12"`,
    );
    await queryRunner.query(
      `ALTER TABLE "services"."referral" DROP CONSTRAINT "FK_6412964746606f0d904fe9daa12"`,
    );
    await queryRunner.query(
      `ALTER TABLE "services"."referral" DROP CONSTRAINT "FK_06c66d27a830c0391e9d4c512ba"`,
    );
    await queryRunner.query(
      `ALTER TABLE "services"."referral" DROP CONSTRAINT "FK_baf18d746e1c6dad7365a9fe6be"`,
    );
    await queryRunner.query(
      `ALTER TABLE "services"."referral" DROP CONSTRAINT "FK_f3577bd53e9a792af4d36332788"`,
    );
    await queryRunner.query(`DROP TABLE "services"."referral_status_change"`);
    await queryRunner.query(`DROP INDEX "services"."referral_tenant_client_idx"`);
    await queryRunner.query(`DROP INDEX "services"."referral_tenant_to_service_idx"`);
    await queryRunner.query(`DROP TABLE "services"."referral"`);
  }
}
