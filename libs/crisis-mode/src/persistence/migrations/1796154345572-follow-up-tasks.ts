import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CrisisModeFollowUpTasks1796154345572 implements MigrationInterface {
  name = 'CrisisModeFollowUpTasks1796154345572';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "crisis"."follow_up_tasks" ("id" uuid NOT NULL, "tenant_id" character varying(4) NOT NULL, "kind" character varying(40) NOT NULL, "client_id" uuid, "service_id" uuid, "group_id" uuid, "level_change_id" uuid, "notice_id" uuid, "description" text NOT NULL, "priority" character varying(10) NOT NULL, "priority_rank" smallint NOT NULL, "due" date NOT NULL, "assignee_kind" character varying(5) NOT NULL, "assignee_subject" text, "assignee_team_id" uuid, "status" character varying(10) NOT NULL, "outcome" text, "created_by" text NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "closed_by" text, "closed_at" TIMESTAMP(3) WITH TIME ZONE, "version" integer NOT NULL, CONSTRAINT "follow_up_tasks_version_check" CHECK ("version" >= 1), CONSTRAINT "follow_up_tasks_closed_check" CHECK (("status" = 'open') = ("closed_at" IS NULL)), CONSTRAINT "follow_up_tasks_assignee_check" CHECK (("assignee_kind" = 'staff' AND "assignee_subject" IS NOT NULL AND "assignee_team_id" IS NULL) OR ("assignee_kind" = 'team' AND "assignee_team_id" IS NOT NULL AND "assignee_subject" IS NULL)), CONSTRAINT "follow_up_tasks_status_check" CHECK ("status" IN ('open', 'done', 'cancelled')), CONSTRAINT "follow_up_tasks_priority_rank_check" CHECK ("priority_rank" = CASE "priority" WHEN 'asap' THEN 0 WHEN 'urgent' THEN 1 ELSE 2 END), CONSTRAINT "follow_up_tasks_priority_check" CHECK ("priority" IN ('routine', 'urgent', 'asap')), CONSTRAINT "follow_up_tasks_tenant_id_check" CHECK ("tenant_id" ~ '^[0-9]{4}$'), CONSTRAINT "PK_59b8a8794c3c8b1c1f3a5bccd46" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "follow_up_tasks_tenant_status_idx" ON "crisis"."follow_up_tasks"  ("tenant_id", "status", "priority_rank", "due", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "follow_up_tasks_tenant_level_change_idx" ON "crisis"."follow_up_tasks"  ("tenant_id", "level_change_id", "status") `,
    );
    await queryRunner.query(
      `CREATE INDEX "follow_up_tasks_tenant_client_idx" ON "crisis"."follow_up_tasks"  ("tenant_id", "client_id", "priority_rank", "due", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "follow_up_tasks_tenant_team_idx" ON "crisis"."follow_up_tasks"  ("tenant_id", "assignee_team_id", "status", "priority_rank", "due", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "follow_up_tasks_tenant_subject_idx" ON "crisis"."follow_up_tasks"  ("tenant_id", "assignee_subject", "status", "priority_rank", "due", "id") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "crisis"."follow_up_tasks_tenant_subject_idx"`);
    await queryRunner.query(`DROP INDEX "crisis"."follow_up_tasks_tenant_team_idx"`);
    await queryRunner.query(`DROP INDEX "crisis"."follow_up_tasks_tenant_client_idx"`);
    await queryRunner.query(`DROP INDEX "crisis"."follow_up_tasks_tenant_level_change_idx"`);
    await queryRunner.query(`DROP INDEX "crisis"."follow_up_tasks_tenant_status_idx"`);
    await queryRunner.query(`DROP TABLE "crisis"."follow_up_tasks"`);
  }
}
