import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  Unique,
} from 'typeorm';
import { CohortEntity } from './cohort.entity';
import { GroupEntity } from './group.entity';

/** One meeting of a cohort on an Oslo date; at most one per cohort and date. */
@Entity({ schema: 'groups', name: 'session' })
@Check('session_tenant_id_check', `"tenant_id" ~ '^[0-9]{4}$'`)
@Check('session_start_time_check', `"start_time" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'`)
@Unique('session_tenant_cohort_date_uq', ['tenantId', 'cohortId', 'date'])
@Index('session_tenant_group_date_idx', ['tenantId', 'groupId', 'date', 'startTime', 'id'])
export class SessionEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'tenant_id', type: 'varchar', length: 4 })
  tenantId!: string;

  @Column({ name: 'group_id', type: 'uuid' })
  groupId!: string;

  @ManyToOne(() => GroupEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id', foreignKeyConstraintName: 'session_group_fk' })
  group?: GroupEntity;

  @Column({ name: 'cohort_id', type: 'uuid' })
  cohortId!: string;

  @ManyToOne(() => CohortEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'session_cohort_fk' })
  cohort?: CohortEntity;

  /** Oslo date; TypeORM reads `date` columns as `YYYY-MM-DD` strings. */
  @Column({ name: 'session_date', type: 'date' })
  date!: string;

  @Column({ name: 'start_time', type: 'varchar', length: 5 })
  startTime!: string;

  @Column({ name: 'duration_minutes', type: 'integer' })
  durationMinutes!: number;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
