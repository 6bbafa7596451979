import type { MigrationInterface, QueryRunner } from 'typeorm';

export class KernelInit1795452506427 implements MigrationInterface {
  name = 'KernelInit1795452506427';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SCHEMA IF NOT EXISTS "kernel"`);
    await queryRunner.query(`CREATE TABLE "kernel"."audit_event" ("id" uuid NOT NULL, "tenant_id" character varying(4) NOT NULL, "occurred_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "actor_subject" text NOT NULL, "actor_roles" text array NOT NULL, "action" character varying(32) NOT NULL, "resource_type" character varying(64) NOT NULL, "resource_id" text, "client_id" uuid, "reason" text, "request_id" character varying(128), CONSTRAINT "audit_event_tenant_id_check" CHECK ("tenant_id" ~ '^[0-9]{4}$'), CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "audit_event_tenant_time_idx" ON "kernel"."audit_event"  ("tenant_id", "occurred_at") `);
    await queryRunner.query(`CREATE INDEX "audit_event_tenant_client_idx" ON "kernel"."audit_event"  ("tenant_id", "client_id", "occurred_at") `);
    // Hand-written: the audit trail is append-only for everyone, the application included.
    await queryRunner.query(`CREATE FUNCTION "kernel"."refuse_audit_change"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'kernel.audit_event is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(`CREATE TRIGGER "audit_event_append_only" BEFORE UPDATE OR DELETE ON "kernel"."audit_event" FOR EACH ROW EXECUTE FUNCTION "kernel"."refuse_audit_change"()`);
    await queryRunner.query(`CREATE TRIGGER "audit_event_no_truncate" BEFORE TRUNCATE ON "kernel"."audit_event" FOR EACH STATEMENT EXECUTE FUNCTION "kernel"."refuse_audit_change"()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "audit_event_no_truncate" ON "kernel"."audit_event"`);
    await queryRunner.query(`DROP TRIGGER "audit_event_append_only" ON "kernel"."audit_event"`);
    await queryRunner.query(`DROP FUNCTION "kernel"."refuse_audit_change"()`);
    await queryRunner.query(`DROP INDEX "kernel"."audit_event_tenant_client_idx"`);
    await queryRunner.query(`DROP INDEX "kernel"."audit_event_tenant_time_idx"`);
    await queryRunner.query(`DROP TABLE "kernel"."audit_event"`);
    await queryRunner.query(`DROP SCHEMA IF EXISTS "kernel"`);
  }
}
