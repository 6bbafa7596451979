import type { MigrationInterface, QueryRunner } from 'typeorm';

export class KernelIdempotencyRecords1795453921515 implements MigrationInterface {
  name = 'KernelIdempotencyRecords1795453921515';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "kernel"."idempotency_record" ("tenant_id" character varying(4) NOT NULL, "actor_subject" text NOT NULL, "idempotency_key" character varying(255) NOT NULL, "request_fingerprint" character(64) NOT NULL, "response_status" smallint, "response_body" jsonb, "response_headers" jsonb, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "idempotency_record_tenant_id_check" CHECK ("tenant_id" ~ '^[0-9]{4}$'), CONSTRAINT "PK_230e7b90e07ab8e4469931daf24" PRIMARY KEY ("tenant_id", "actor_subject", "idempotency_key"))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "kernel"."idempotency_record"`);
  }
}
