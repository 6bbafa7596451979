import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantIsolation } from '@lavterskel/kernel/typeorm';

export class ClientsIndividualPlan1796165498928 implements MigrationInterface {
  name = 'ClientsIndividualPlan1796165498928';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "clients"."individual_plan" ("client_id" uuid NOT NULL, "id" uuid NOT NULL, "tenant_id" character varying(4) NOT NULL, "coordinator" character varying(200) NOT NULL, "team_id" uuid, "consent_given" boolean NOT NULL, "consent_on" date, "status" character varying(16) NOT NULL, "review_due" date NOT NULL, "goals" jsonb NOT NULL, "evaluations" jsonb NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "updated_by" character varying(200) NOT NULL, "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "individual_plan_active_consent_check" CHECK ("status" <> 'active' OR "consent_given"), CONSTRAINT "individual_plan_consent_check" CHECK (("consent_given" AND "consent_on" IS NOT NULL) OR (NOT "consent_given" AND "consent_on" IS NULL)), CONSTRAINT "individual_plan_status_check" CHECK ("status" IN ('draft', 'active', 'completed', 'discontinued')), CONSTRAINT "individual_plan_tenant_id_check" CHECK ("tenant_id" ~ '^[0-9]{4}$'), CONSTRAINT "individual_plan_pkey" PRIMARY KEY ("client_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "individual_plan_tenant_team_review_idx" ON "clients"."individual_plan"  ("tenant_id", "team_id", "review_due", "client_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "individual_plan_tenant_id_key" ON "clients"."individual_plan"  ("tenant_id", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "clients"."individual_plan_version" ("client_id" uuid NOT NULL, "version" integer NOT NULL, "tenant_id" character varying(4) NOT NULL, "snapshot" jsonb NOT NULL, "saved_by" character varying(200) NOT NULL, "saved_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "individual_plan_version_tenant_id_check" CHECK ("tenant_id" ~ '^[0-9]{4}$'), CONSTRAINT "individual_plan_version_pkey" PRIMARY KEY ("client_id", "version"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "clients"."individual_plan" ADD CONSTRAINT "individual_plan_client_fk" FOREIGN KEY ("client_id") REFERENCES "clients"."client"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "clients"."individual_plan_version" ADD CONSTRAINT "individual_plan_version_plan_fk" FOREIGN KEY ("client_id") REFERENCES "clients"."individual_plan"("client_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // Hand-written: the new tables are visible to the runtime role only for their tenant.
    await enableTenantIsolation(queryRunner, 'clients');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "clients"."individual_plan_version" DROP CONSTRAINT "individual_plan_version_plan_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "clients"."individual_plan" DROP CONSTRAINT "individual_plan_client_fk"`,
    );
    await queryRunner.query(`DROP TABLE "clients"."individual_plan_version"`);
    await queryRunner.query(`DROP INDEX "clients"."individual_plan_tenant_id_key"`);
    await queryRunner.query(`DROP INDEX "clients"."individual_plan_tenant_team_review_idx"`);
    await queryRunner.query(`DROP TABLE "clients"."individual_plan"`);
  }
}
