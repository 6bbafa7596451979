import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CrisisModePlansAndLevels1796153973291 implements MigrationInterface {
  name = 'CrisisModePlansAndLevels1796153973291';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "crisis"."crisis_state" ("tenant_id" character varying(4) NOT NULL, "level" text NOT NULL, "plan_id" uuid, "plan_version" integer, "level_change_id" uuid, "since" TIMESTAMP(3) WITH TIME ZONE, "version" integer NOT NULL, CONSTRAINT "crisis_state_tenant_id_check" CHECK ("tenant_id" ~ '^[0-9]{4}$'), CONSTRAINT "PK_c777aa4c16ac8c9f7485d394c0c" PRIMARY KEY ("tenant_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "crisis"."level_changes" ("tenant_id" character varying(4) NOT NULL, "id" uuid NOT NULL, "from_level" text NOT NULL, "to_level" text NOT NULL, "plan_id" uuid, "plan_version" integer, "reason" text NOT NULL, "guideline_text" text NOT NULL, "guideline_url" text, "requested_by" text NOT NULL, "scheduled_change_id" uuid, "applied_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "counts" jsonb NOT NULL, "effects" jsonb NOT NULL, CONSTRAINT "level_changes_tenant_id_check" CHECK ("tenant_id" ~ '^[0-9]{4}$'), CONSTRAINT "PK_e1a9cec98d834b4ddc934fced97" PRIMARY KEY ("tenant_id", "id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "level_changes_tenant_applied_idx" ON "crisis"."level_changes"  ("tenant_id", "applied_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "crisis"."scheduled_changes" ("tenant_id" character varying(4) NOT NULL, "id" uuid NOT NULL, "to_level" text NOT NULL, "plan_id" uuid, "reason" text NOT NULL, "guideline_text" text NOT NULL, "guideline_url" text, "requested_by" text NOT NULL, "requested_by_roles" text array NOT NULL, "run_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "status" character varying(16) NOT NULL, "level_change_id" uuid, "error" text, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "settled_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "scheduled_changes_status_check" CHECK ("status" IN ('pending', 'applied', 'failed', 'cancelled')), CONSTRAINT "scheduled_changes_tenant_id_check" CHECK ("tenant_id" ~ '^[0-9]{4}$'), CONSTRAINT "PK_fb226417ba32c60b318d8387d9d" PRIMARY KEY ("tenant_id", "id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "scheduled_changes_tenant_idx" ON "crisis"."scheduled_changes"  ("tenant_id", "run_at", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "scheduled_changes_due_idx" ON "crisis"."scheduled_changes"  ("run_at") WHERE "status" = 'pending'`,
    );
    await queryRunner.query(
      `CREATE TABLE "crisis"."crisis_exceptions" ("tenant_id" character varying(4) NOT NULL, "id" uuid NOT NULL, "client_id" uuid NOT NULL, "service_id" uuid, "reason" text NOT NULL, "granted_by" text NOT NULL, "granted_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "valid_to" TIMESTAMP(3) WITH TIME ZONE, "revoked_at" TIMESTAMP(3) WITH TIME ZONE, "revoked_by" text, CONSTRAINT "crisis_exceptions_validity_check" CHECK ("valid_to" IS NULL OR "valid_to" > "granted_at"), CONSTRAINT "crisis_exceptions_tenant_id_check" CHECK ("tenant_id" ~ '^[0-9]{4}$'), CONSTRAINT "PK_c622fafd42b07995ebcfd61d97e" PRIMARY KEY ("tenant_id", "id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "crisis_exceptions_client_idx" ON "crisis"."crisis_exceptions"  ("tenant_id", "client_id", "service_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "crisis"."crisis_plans" ("tenant_id" character varying(4) NOT NULL, "id" uuid NOT NULL, "version" integer NOT NULL, "name" text NOT NULL, "levels" jsonb NOT NULL, "created_by" text NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "crisis_plans_version_check" CHECK ("version" >= 1), CONSTRAINT "crisis_plans_tenant_id_check" CHECK ("tenant_id" ~ '^[0-9]{4}$'), CONSTRAINT "PK_78a4e3ce8caa1d3f0222104ee6d" PRIMARY KEY ("tenant_id", "id", "version"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "crisis_plans_tenant_created_idx" ON "crisis"."crisis_plans"  ("tenant_id", "created_at", "id") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "crisis"."crisis_plans_tenant_created_idx"`);
    await queryRunner.query(`DROP TABLE "crisis"."crisis_plans"`);
    await queryRunner.query(`DROP INDEX "crisis"."crisis_exceptions_client_idx"`);
    await queryRunner.query(`DROP TABLE "crisis"."crisis_exceptions"`);
    await queryRunner.query(`DROP INDEX "crisis"."scheduled_changes_due_idx"`);
    await queryRunner.query(`DROP INDEX "crisis"."scheduled_changes_tenant_idx"`);
    await queryRunner.query(`DROP TABLE "crisis"."scheduled_changes"`);
    await queryRunner.query(`DROP INDEX "crisis"."level_changes_tenant_applied_idx"`);
    await queryRunner.query(`DROP TABLE "crisis"."level_changes"`);
    await queryRunner.query(`DROP TABLE "crisis"."crisis_state"`);
  }
}
