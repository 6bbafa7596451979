import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A follow-up task (CR-3). `priority_rank` (asap 0, urgent 1, routine 2) is the sort key the
 * lists use, most urgent first; every list index ends in (priority_rank, due, id), its keyset.
 */
@Entity({ schema: 'crisis', name: 'follow_up_tasks' })
@Check('follow_up_tasks_tenant_id_check', `"tenant_id" ~ '^[0-9]{4}$'`)
@Check('follow_up_tasks_priority_check', `"priority" IN ('routine', 'urgent', 'asap')`)
@Check(
  'follow_up_tasks_priority_rank_check',
  `"priority_rank" = CASE "priority" WHEN 'asap' THEN 0 WHEN 'urgent' THEN 1 ELSE 2 END`,
)
@Check('follow_up_tasks_status_check', `"status" IN ('open', 'done', 'cancelled')`)
@Check(
  'follow_up_tasks_assignee_check',
  `("assignee_kind" = 'staff' AND "assignee_subject" IS NOT NULL AND "assignee_team_id" IS NULL) OR ("assignee_kind" = 'team' AND "assignee_team_id" IS NOT NULL AND "assignee_subject" IS NULL)`,
)
@Check('follow_up_tasks_closed_check', `("status" = 'open') = ("closed_at" IS NULL)`)
@Check('follow_up_tasks_version_check', `"version" >= 1`)
@Index('follow_up_tasks_tenant_subject_idx', [
  'tenantId',
  'assigneeSubject',
  'status',
  'priorityRank',
  'due',
  'id',
])
@Index('follow_up_tasks_tenant_team_idx', [
  'tenantId',
  'assigneeTeamId',
  'status',
  'priorityRank',
  'due',
  'id',
])
@Index('follow_up_tasks_tenant_client_idx', ['tenantId', 'clientId', 'priorityRank', 'due', 'id'])
@Index('follow_up_tasks_tenant_level_change_idx', ['tenantId', 'levelChangeId', 'status'])
@Index('follow_up_tasks_tenant_status_idx', ['tenantId', 'status', 'priorityRank', 'due', 'id'])
export class FollowUpTaskEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'tenant_id', type: 'varchar', length: 4 })
  tenantId!: string;

  @Column({ name: 'kind', type: 'varchar', length: 40 })
  kind!: string;

  @Column({ name: 'client_id', type: 'uuid', nullable: true })
  clientId!: string | null;

  @Column({ name: 'service_id', type: 'uuid', nullable: true })
  serviceId!: string | null;

  @Column({ name: 'group_id', type: 'uuid', nullable: true })
  groupId!: string | null;

  @Column({ name: 'level_change_id', type: 'uuid', nullable: true })
  levelChangeId!: string | null;

  @Column({ name: 'notice_id', type: 'uuid', nullable: true })
  noticeId!: string | null;

  @Column({ name: 'description', type: 'text' })
  description!: string;

  @Column({ name: 'priority', type: 'varchar', length: 10 })
  priority!: string;

  @Column({ name: 'priority_rank', type: 'smallint' })
  priorityRank!: number;

  /** Oslo date; TypeORM reads `date` columns as `YYYY-MM-DD` strings. */
  @Column({ name: 'due', type: 'date' })
  due!: string;

  @Column({ name: 'assignee_kind', type: 'varchar', length: 5 })
  assigneeKind!: string;

  @Column({ name: 'assignee_subject', type: 'text', nullable: true })
  assigneeSubject!: string | null;

  @Column({ name: 'assignee_team_id', type: 'uuid', nullable: true })
  assigneeTeamId!: string | null;

  @Column({ name: 'status', type: 'varchar', length: 10 })
  status!: string;

  @Column({ name: 'outcome', type: 'text', nullable: true })
  outcome!: string | null;

  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt!: Date;

  @Column({ name: 'closed_by', type: 'text', nullable: true })
  closedBy!: string | null;

  @Column({ name: 'closed_at', type: 'timestamptz', precision: 3, nullable: true })
  closedAt!: Date | null;

  @Column({ name: 'version', type: 'integer' })
  version!: number;
}
