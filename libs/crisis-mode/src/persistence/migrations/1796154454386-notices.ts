import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CrisisModeNotices1796154454386 implements MigrationInterface {
  name = 'CrisisModeNotices1796154454386';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "crisis"."notice" ("id" uuid NOT NULL, "tenant_id" character varying(4) NOT NULL, "title" text NOT NULL, "body" text NOT NULL, "source_url" text NOT NULL, "effective_from" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "acknowledge_by" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "published_by" text NOT NULL, "published_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "reminders_created_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "notice_tenant_id_check" CHECK ("tenant_id" ~ '^[0-9]{4}$'), CONSTRAINT "PK_705062b14410ff1a04998f86d72" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "notice_reminders_due_idx" ON "crisis"."notice"  ("acknowledge_by") WHERE "reminders_created_at" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "notice_tenant_published_idx" ON "crisis"."notice"  ("tenant_id", "published_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "crisis"."webhook_endpoint" ("id" uuid NOT NULL, "tenant_id" character varying(4) NOT NULL, "partner_id" uuid NOT NULL, "url" text NOT NULL, "secret" text NOT NULL, "active" boolean NOT NULL DEFAULT true, "created_by" text NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "webhook_endpoint_tenant_id_check" CHECK ("tenant_id" ~ '^[0-9]{4}$'), CONSTRAINT "PK_6c98112122b2b8a4f3984d2efa8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "webhook_endpoint_tenant_created_idx" ON "crisis"."webhook_endpoint"  ("tenant_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "webhook_endpoint_partner_url_key" ON "crisis"."webhook_endpoint"  ("tenant_id", "partner_id", "url") `,
    );
    await queryRunner.query(
      `CREATE TABLE "crisis"."notice_delivery" ("id" uuid NOT NULL, "tenant_id" character varying(4) NOT NULL, "notice_id" uuid NOT NULL, "endpoint_id" uuid NOT NULL, "idempotency_key" uuid NOT NULL, "status" character varying(16) NOT NULL, "attempts" integer NOT NULL DEFAULT '0', "next_attempt_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "last_error" text, "delivered_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "notice_delivery_delivered_check" CHECK (("status" = 'delivered') = ("delivered_at" IS NOT NULL)), CONSTRAINT "notice_delivery_status_check" CHECK ("status" IN ('pending', 'delivered')), CONSTRAINT "notice_delivery_tenant_id_check" CHECK ("tenant_id" ~ '^[0-9]{4}$'), CONSTRAINT "PK_7227ab83f7eec872841a969a238" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "notice_delivery_due_idx" ON "crisis"."notice_delivery"  ("next_attempt_at") WHERE "status" = 'pending'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "notice_delivery_idempotency_key" ON "crisis"."notice_delivery"  ("idempotency_key") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "notice_delivery_notice_endpoint_key" ON "crisis"."notice_delivery"  ("tenant_id", "notice_id", "endpoint_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "crisis"."notice_language_follow_up" ("tenant_id" character varying(4) NOT NULL, "notice_id" uuid NOT NULL, "client_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "notice_language_follow_up_tenant_id_check" CHECK ("tenant_id" ~ '^[0-9]{4}$'), CONSTRAINT "PK_df9d02dcedb4488a6e155d20267" PRIMARY KEY ("tenant_id", "notice_id", "client_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "crisis"."notice_recipient" ("tenant_id" character varying(4) NOT NULL, "notice_id" uuid NOT NULL, "kind" character varying(8) NOT NULL, "recipient_id" uuid NOT NULL, "name" text NOT NULL, "team_id" uuid, "acknowledged_at" TIMESTAMP(3) WITH TIME ZONE, "acknowledged_by" text, CONSTRAINT "notice_recipient_acknowledged_check" CHECK (("acknowledged_at" IS NULL) = ("acknowledged_by" IS NULL)), CONSTRAINT "notice_recipient_kind_check" CHECK ("kind" IN ('service', 'partner')), CONSTRAINT "notice_recipient_tenant_id_check" CHECK ("tenant_id" ~ '^[0-9]{4}$'), CONSTRAINT "PK_60461e4ad80324238cdf3eb1bfa" PRIMARY KEY ("tenant_id", "notice_id", "kind", "recipient_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "notice_recipient_unacknowledged_idx" ON "crisis"."notice_recipient"  ("tenant_id", "notice_id", "name", "recipient_id") WHERE "acknowledged_at" IS NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "crisis"."notice_delivery" ADD CONSTRAINT "notice_delivery_notice_fk" FOREIGN KEY ("notice_id") REFERENCES "crisis"."notice"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "crisis"."notice_delivery" ADD CONSTRAINT "notice_delivery_endpoint_fk" FOREIGN KEY ("endpoint_id") REFERENCES "crisis"."webhook_endpoint"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "crisis"."notice_language_follow_up" ADD CONSTRAINT "notice_language_follow_up_notice_fk" FOREIGN KEY ("notice_id") REFERENCES "crisis"."notice"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "crisis"."notice_recipient" ADD CONSTRAINT "notice_recipient_notice_fk" FOREIGN KEY ("notice_id") REFERENCES "crisis"."notice"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "crisis"."notice_recipient" DROP CONSTRAINT "notice_recipient_notice_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "crisis"."notice_language_follow_up" DROP CONSTRAINT "notice_language_follow_up_notice_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "crisis"."notice_delivery" DROP CONSTRAINT "notice_delivery_endpoint_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "crisis"."notice_delivery" DROP CONSTRAINT "notice_delivery_notice_fk"`,
    );
    await queryRunner.query(`DROP INDEX "crisis"."notice_recipient_unacknowledged_idx"`);
    await queryRunner.query(`DROP TABLE "crisis"."notice_recipient"`);
    await queryRunner.query(`DROP TABLE "crisis"."notice_language_follow_up"`);
    await queryRunner.query(`DROP INDEX "crisis"."notice_delivery_notice_endpoint_key"`);
    await queryRunner.query(`DROP INDEX "crisis"."notice_delivery_idempotency_key"`);
    await queryRunner.query(`DROP INDEX "crisis"."notice_delivery_due_idx"`);
    await queryRunner.query(`DROP TABLE "crisis"."notice_delivery"`);
    await queryRunner.query(`DROP INDEX "crisis"."webhook_endpoint_partner_url_key"`);
    await queryRunner.query(`DROP INDEX "crisis"."webhook_endpoint_tenant_created_idx"`);
    await queryRunner.query(`DROP TABLE "crisis"."webhook_endpoint"`);
    await queryRunner.query(`DROP INDEX "crisis"."notice_tenant_published_idx"`);
    await queryRunner.query(`DROP INDEX "crisis"."notice_reminders_due_idx"`);
    await queryRunner.query(`DROP TABLE "crisis"."notice"`);
  }
}
