import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CrisisModeBackupAssignments1796154305430 implements MigrationInterface {
  name = 'CrisisModeBackupAssignments1796154305430';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "crisis"."backup_assignments" ("tenant_id" character varying(4) NOT NULL, "id" uuid NOT NULL, "service_id" uuid NOT NULL, "staff_id" uuid NOT NULL, "competency" text NOT NULL, "from_date" date NOT NULL, "to_date" date NOT NULL, "reason" text NOT NULL, "assigned_by" text NOT NULL, "assigned_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "ended_at" TIMESTAMP(3) WITH TIME ZONE, "ended_by" text, CONSTRAINT "backup_assignments_ended_check" CHECK (("ended_at" IS NULL) = ("ended_by" IS NULL)), CONSTRAINT "backup_assignments_period_check" CHECK ("to_date" >= "from_date"), CONSTRAINT "backup_assignments_tenant_id_check" CHECK ("tenant_id" ~ '^[0-9]{4}$'), CONSTRAINT "PK_b347ae4ad1d5f6c13760d67a62c" PRIMARY KEY ("tenant_id", "id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "backup_assignments_tenant_assigned_idx" ON "crisis"."backup_assignments"  ("tenant_id", "assigned_at", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "backup_assignments_tenant_period_idx" ON "crisis"."backup_assignments"  ("tenant_id", "from_date", "to_date") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "crisis"."backup_assignments_tenant_period_idx"`);
    await queryRunner.query(`DROP INDEX "crisis"."backup_assignments_tenant_assigned_idx"`);
    await queryRunner.query(`DROP TABLE "crisis"."backup_assignments"`);
  }
}
