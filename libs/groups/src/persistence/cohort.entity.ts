import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { GroupEntity } from './group.entity';

/** A fixed sub-group meeting in one slot (GR-3); dissolved cohorts stay for restoring and history. */
@Entity({ schema: 'groups', name: 'cohort' })
@Check('cohort_tenant_id_check', `"tenant_id" ~ '^[0-9]{4}$'`)
@Check(
  'cohort_weekday_check',
  `"weekday" IN ('monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday')`,
)
@Check('cohort_start_time_check', `"start_time" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'`)
@Check('cohort_max_size_check', `"max_size" >= 1`)
@Check('cohort_status_check', `"status" IN ('active', 'dissolved')`)
@Index('cohort_tenant_group_idx', ['tenantId', 'groupId'])
export class CohortEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'tenant_id', type: 'varchar', length: 4 })
  tenantId!: string;

  @Column({ name: 'group_id', type: 'uuid' })
  groupId!: string;

  @ManyToOne(() => GroupEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id', foreignKeyConstraintName: 'cohort_group_fk' })
  group?: GroupEntity;

  @Column({ type: 'varchar', length: 9 })
  weekday!: string;

  @Column({ name: 'start_time', type: 'varchar', length: 5 })
  startTime!: string;

  @Column({ name: 'max_size', type: 'integer' })
  maxSize!: number;

  @Column({ type: 'varchar', length: 10 })
  status!: string;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
