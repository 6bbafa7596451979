import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantIsolation } from '@lavterskel/kernel/typeorm';

export class ClientsClientMerge1796180400001 implements MigrationInterface {
  name = 'ClientsClientMerge1796180400001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "clients"."client_merge" ("id" uuid NOT NULL, "tenant_id" character varying(4) NOT NULL, "merged_client_id" uuid NOT NULL, "survivor_id" uuid NOT NULL, "reason" text NOT NULL, "merged_by" character varying(200) NOT NULL, "merged_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "receipts" jsonb NOT NULL, "reversed_by" character varying(200), "reversed_at" TIMESTAMP(3) WITH TIME ZONE, "reversal_reason" text, CONSTRAINT "client_merge_reversal_check" CHECK (("reversed_at" IS NULL AND "reversed_by" IS NULL AND "reversal_reason" IS NULL) OR ("reversed_at" IS NOT NULL AND "reversed_by" IS NOT NULL AND "reversal_reason" IS NOT NULL)), CONSTRAINT "client_merge_distinct_check" CHECK ("merged_client_id" <> "survivor_id"), CONSTRAINT "client_merge_tenant_id_check" CHECK ("tenant_id" ~ '^[0-9]{4}$'), CONSTRAINT "client_merge_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "client_merge_tenant_survivor_idx" ON "clients"."client_merge"  ("tenant_id", "survivor_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "client_merge_standing_key" ON "clients"."client_merge"  ("tenant_id", "merged_client_id") WHERE "reversed_at" IS NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "clients"."client_merge" ADD CONSTRAINT "client_merge_merged_client_fk" FOREIGN KEY ("merged_client_id") REFERENCES "clients"."client"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "clients"."client_merge" ADD CONSTRAINT "client_merge_survivor_fk" FOREIGN KEY ("survivor_id") REFERENCES "clients"."client"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // Hand-written: the new table is visible to the runtime role only for its tenant.
    await enableTenantIsolation(queryRunner, 'clients');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "clients"."client_merge" DROP CONSTRAINT "client_merge_survivor_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "clients"."client_merge" DROP CONSTRAINT "client_merge_merged_client_fk"`,
    );
    await queryRunner.query(`DROP INDEX "clients"."client_merge_standing_key"`);
    await queryRunner.query(`DROP INDEX "clients"."client_merge_tenant_survivor_idx"`);
    await queryRunner.query(`DROP TABLE "clients"."client_merge"`);
  }
}
