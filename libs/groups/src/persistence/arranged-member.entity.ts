import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ArrangementEntity } from './arrangement.entity';
import { CohortEntity } from './cohort.entity';
import { MembershipEntity } from './membership.entity';

/** A member an arrangement moved or left without a seat, and the cohort to return them to. */
@Entity({ schema: 'groups', name: 'arrangement_member' })
@Index('arrangement_member_tenant_idx', ['tenantId', 'arrangementId'])
export class ArrangedMemberEntity {
  @PrimaryColumn({ name: 'arrangement_id', type: 'uuid' })
  arrangementId!: string;

  @ManyToOne(() => ArrangementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'arrangement_id',
    foreignKeyConstraintName: 'arrangement_member_arrangement_fk',
  })
  arrangement?: ArrangementEntity;

  @PrimaryColumn({ name: 'membership_id', type: 'uuid' })
  membershipId!: string;

  @ManyToOne(() => MembershipEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'membership_id',
    foreignKeyConstraintName: 'arrangement_member_membership_fk',
  })
  membership?: MembershipEntity;

  @Column({ name: 'tenant_id', type: 'varchar', length: 4 })
  tenantId!: string;

  @Column({ name: 'group_id', type: 'uuid' })
  groupId!: string;

  @Column({ name: 'previous_cohort_id', type: 'uuid' })
  previousCohortId!: string;

  @ManyToOne(() => CohortEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'previous_cohort_id',
    foreignKeyConstraintName: 'arrangement_member_cohort_fk',
  })
  previousCohort?: CohortEntity;
}
