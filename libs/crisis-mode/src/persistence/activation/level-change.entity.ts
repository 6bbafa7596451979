import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { AppliedCounts, AppliedEffects } from '../../domain/activation/crisis-state';

/** The crisis history (CR-2): every level change, with what it applied. Never changed. */
@Entity({ schema: 'crisis', name: 'level_changes' })
@Check('level_changes_tenant_id_check', `"tenant_id" ~ '^[0-9]{4}$'`)
@Index('level_changes_tenant_applied_idx', ['tenantId', 'appliedAt', 'id'])
export class LevelChangeEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'varchar', length: 4 })
  tenantId!: string;

  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'from_level', type: 'text' })
  fromLevel!: string;

  @Column({ name: 'to_level', type: 'text' })
  toLevel!: string;

  @Column({ name: 'plan_id', type: 'uuid', nullable: true })
  planId!: string | null;

  @Column({ name: 'plan_version', type: 'integer', nullable: true })
  planVersion!: number | null;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ name: 'guideline_text', type: 'text' })
  guidelineText!: string;

  @Column({ name: 'guideline_url', type: 'text', nullable: true })
  guidelineUrl!: string | null;

  @Column({ name: 'requested_by', type: 'text' })
  requestedBy!: string;

  @Column({ name: 'scheduled_change_id', type: 'uuid', nullable: true })
  scheduledChangeId!: string | null;

  @Column({ name: 'applied_at', type: 'timestamptz', precision: 3 })
  appliedAt!: Date;

  @Column({ type: 'jsonb' })
  counts!: AppliedCounts;

  /** What undoing this change needs: previous service modes, cohort arrangement references. */
  @Column({ type: 'jsonb' })
  effects!: Omit<AppliedEffects, 'levelChangeId'>;
}
