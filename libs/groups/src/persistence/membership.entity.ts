import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CohortEntity } from './cohort.entity';
import { GroupEntity } from './group.entity';

/** A client's membership of a group (GR-2): seated in one cohort, waitlisted, or left. */
@Entity({ schema: 'groups', name: 'membership' })
@Check('membership_tenant_id_check', `"tenant_id" ~ '^[0-9]{4}$'`)
@Check('membership_status_check', `"status" IN ('active', 'waitlisted', 'left')`)
@Check('membership_seated_check', `("status" = 'active') = ("cohort_id" IS NOT NULL)`)
@Check('membership_waitlisted_check', `("status" = 'waitlisted') = ("waitlisted_at" IS NOT NULL)`)
@Check('membership_left_check', `("status" = 'left') = ("left_at" IS NOT NULL)`)
@Check(
  'membership_preferred_slot_check',
  `("preferred_weekday" IS NULL) = ("preferred_start_time" IS NULL)`,
)
// A client is at most once a current (not left) member of a group.
@Index('membership_current_client_uq', ['tenantId', 'groupId', 'clientId'], {
  unique: true,
  where: `"status" <> 'left'`,
})
@Index('membership_tenant_group_joined_idx', ['tenantId', 'groupId', 'joinedAt', 'id'])
@Index('membership_tenant_client_idx', ['tenantId', 'clientId'])
@Index('membership_tenant_cohort_idx', ['tenantId', 'cohortId'])
export class MembershipEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'tenant_id', type: 'varchar', length: 4 })
  tenantId!: string;

  @Column({ name: 'group_id', type: 'uuid' })
  groupId!: string;

  @ManyToOne(() => GroupEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id', foreignKeyConstraintName: 'membership_group_fk' })
  group?: GroupEntity;

  /** The client (clients library); an id only. */
  @Column({ name: 'client_id', type: 'uuid' })
  clientId!: string;

  @Column({ type: 'varchar', length: 10 })
  status!: string;

  @Column({ name: 'cohort_id', type: 'uuid', nullable: true })
  cohortId!: string | null;

  @ManyToOne(() => CohortEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'membership_cohort_fk' })
  cohort?: CohortEntity;

  @Column({ name: 'preferred_weekday', type: 'varchar', length: 9, nullable: true })
  preferredWeekday!: string | null;

  @Column({ name: 'preferred_start_time', type: 'varchar', length: 5, nullable: true })
  preferredStartTime!: string | null;

  @Column({ name: 'joined_at', type: 'timestamptz', precision: 3 })
  joinedAt!: Date;

  @Column({ name: 'waitlisted_at', type: 'timestamptz', precision: 3, nullable: true })
  waitlistedAt!: Date | null;

  @Column({ name: 'left_at', type: 'timestamptz', precision: 3, nullable: true })
  leftAt!: Date | null;

  @Column({ type: 'integer' })
  version!: number;
}
