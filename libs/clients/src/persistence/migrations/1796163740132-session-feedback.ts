import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantIsolation } from '@lavterskel/kernel/typeorm';

export class ClientsSessionFeedback1796163740132 implements MigrationInterface {
  name = 'ClientsSessionFeedback1796163740132';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "clients"."session_feedback" ("id" uuid NOT NULL, "tenant_id" character varying(4) NOT NULL, "client_id" uuid NOT NULL, "encounter_id" uuid NOT NULL, "service_id" uuid, "session_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "ors_individually" numeric(3,1), "ors_interpersonally" numeric(3,1), "ors_socially" numeric(3,1), "ors_overall" numeric(3,1), "srs_relationship" numeric(3,1), "srs_goals_and_topics" numeric(3,1), "srs_approach_or_method" numeric(3,1), "srs_overall" numeric(3,1), "recorded_by" character varying(200) NOT NULL, "recorded_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "session_feedback_form_check" CHECK ("ors_overall" IS NOT NULL OR "srs_overall" IS NOT NULL), CONSTRAINT "session_feedback_scores_check" CHECK ("ors_individually" BETWEEN 0 AND 10 AND "ors_interpersonally" BETWEEN 0 AND 10 AND "ors_socially" BETWEEN 0 AND 10 AND "ors_overall" BETWEEN 0 AND 10 AND "srs_relationship" BETWEEN 0 AND 10 AND "srs_goals_and_topics" BETWEEN 0 AND 10 AND "srs_approach_or_method" BETWEEN 0 AND 10 AND "srs_overall" BETWEEN 0 AND 10), CONSTRAINT "session_feedback_srs_complete_check" CHECK (("srs_relationship" IS NULL AND "srs_goals_and_topics" IS NULL AND "srs_approach_or_method" IS NULL AND "srs_overall" IS NULL) OR ("srs_relationship" IS NOT NULL AND "srs_goals_and_topics" IS NOT NULL AND "srs_approach_or_method" IS NOT NULL AND "srs_overall" IS NOT NULL)), CONSTRAINT "session_feedback_ors_complete_check" CHECK (("ors_individually" IS NULL AND "ors_interpersonally" IS NULL AND "ors_socially" IS NULL AND "ors_overall" IS NULL) OR ("ors_individually" IS NOT NULL AND "ors_interpersonally" IS NOT NULL AND "ors_socially" IS NOT NULL AND "ors_overall" IS NOT NULL)), CONSTRAINT "session_feedback_tenant_id_check" CHECK ("tenant_id" ~ '^[0-9]{4}$'), CONSTRAINT "PK_5351647a4a00ccbca90adb057f6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "session_feedback_tenant_client_time_idx" ON "clients"."session_feedback"  ("tenant_id", "client_id", "session_at") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "session_feedback_tenant_encounter_key" ON "clients"."session_feedback"  ("tenant_id", "encounter_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "encounter_tenant_service_time_idx" ON "clients"."encounter"  ("tenant_id", "service_id", "occurred_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "clients"."session_feedback" ADD CONSTRAINT "session_feedback_client_fk" FOREIGN KEY ("client_id") REFERENCES "clients"."client"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "clients"."session_feedback" ADD CONSTRAINT "session_feedback_encounter_fk" FOREIGN KEY ("encounter_id") REFERENCES "clients"."encounter"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // Hand-written: the new table is visible to the runtime role only for its tenant.
    await enableTenantIsolation(queryRunner, 'clients');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "clients"."session_feedback" DROP CONSTRAINT "session_feedback_encounter_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "clients"."session_feedback" DROP CONSTRAINT "session_feedback_client_fk"`,
    );
    await queryRunner.query(`DROP INDEX "clients"."encounter_tenant_service_time_idx"`);
    await queryRunner.query(`DROP INDEX "clients"."session_feedback_tenant_encounter_key"`);
    await queryRunner.query(`DROP INDEX "clients"."session_feedback_tenant_client_time_idx"`);
    await queryRunner.query(`DROP TABLE "clients"."session_feedback"`);
  }
}
