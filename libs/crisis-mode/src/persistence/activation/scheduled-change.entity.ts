import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A level change set for a later time. Any API process may claim a due one (`FOR UPDATE SKIP
 * LOCKED`); it fires once because its status leaves `pending` in the transaction that applies it.
 */
@Entity({ schema: 'crisis', name: 'scheduled_changes' })
@Check('scheduled_changes_tenant_id_check', `"tenant_id" ~ '^[0-9]{4}$'`)
@Check(
  'scheduled_changes_status_check',
  `"status" IN ('pending', 'applied', 'failed', 'cancelled')`,
)
@Index('scheduled_changes_due_idx', ['runAt'], { where: `"status" = 'pending'` })
@Index('scheduled_changes_tenant_idx', ['tenantId', 'runAt', 'id'])
export class ScheduledChangeEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'varchar', length: 4 })
  tenantId!: string;

  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'to_level', type: 'text' })
  toLevel!: string;

  @Column({ name: 'plan_id', type: 'uuid', nullable: true })
  planId!: string | null;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ name: 'guideline_text', type: 'text' })
  guidelineText!: string;

  @Column({ name: 'guideline_url', type: 'text', nullable: true })
  guidelineUrl!: string | null;

  @Column({ name: 'requested_by', type: 'text' })
  requestedBy!: string;

  /** The requester's roles and teams, to apply the change as them when it fires. */
  @Column({ name: 'requested_by_roles', type: 'text', array: true })
  requestedByRoles!: string[];

  @Column({ name: 'run_at', type: 'timestamptz', precision: 3 })
  runAt!: Date;

  @Column({ type: 'varchar', length: 16 })
  status!: 'pending' | 'applied' | 'failed' | 'cancelled';

  @Column({ name: 'level_change_id', type: 'uuid', nullable: true })
  levelChangeId!: string | null;

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'settled_at', type: 'timestamptz', precision: 3, nullable: true })
  settledAt!: Date | null;
}
