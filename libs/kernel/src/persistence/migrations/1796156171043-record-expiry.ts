import type { MigrationInterface, QueryRunner } from 'typeorm';

export class KernelRecordExpiry1796156171043 implements MigrationInterface {
  name = 'KernelRecordExpiry1796156171043';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "kernel"."rate_limit_hits" ("key" character varying(128) NOT NULL, "window_start" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "throttler" character varying(64) NOT NULL, "hits" integer NOT NULL, "expires_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "PK_e1b7468131cdc8e84e1159c7ca9" PRIMARY KEY ("key", "window_start"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "rate_limit_hits_expires_at_idx" ON "kernel"."rate_limit_hits"  ("expires_at") `,
    );
    // Hand-written: records kept before expiry existed expire 24 h after they were made.
    await queryRunner.query(
      `ALTER TABLE "kernel"."idempotency_record" ADD "expires_at" TIMESTAMP(3) WITH TIME ZONE`,
    );
    await queryRunner.query(
      `UPDATE "kernel"."idempotency_record" SET "expires_at" = "created_at" + interval '24 hours'`,
    );
    await queryRunner.query(
      `ALTER TABLE "kernel"."idempotency_record" ALTER COLUMN "expires_at" SET NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "idempotency_record_expires_at_idx" ON "kernel"."idempotency_record"  ("expires_at") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "kernel"."idempotency_record_expires_at_idx"`);
    await queryRunner.query(`ALTER TABLE "kernel"."idempotency_record" DROP COLUMN "expires_at"`);
    await queryRunner.query(`DROP INDEX "kernel"."rate_limit_hits_expires_at_idx"`);
    await queryRunner.query(`DROP TABLE "kernel"."rate_limit_hits"`);
  }
}
