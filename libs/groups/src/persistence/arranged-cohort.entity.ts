import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ArrangementEntity } from './arrangement.entity';
import { CohortEntity } from './cohort.entity';

/** A cohort as it was before an arrangement; no previous state: the arrangement opened it. */
@Entity({ schema: 'groups', name: 'arrangement_cohort' })
@Check(
  'arrangement_cohort_previous_check',
  `("previous_max_size" IS NULL) = ("previous_status" IS NULL)`,
)
@Index('arrangement_cohort_tenant_idx', ['tenantId', 'arrangementId'])
export class ArrangedCohortEntity {
  @PrimaryColumn({ name: 'arrangement_id', type: 'uuid' })
  arrangementId!: string;

  @ManyToOne(() => ArrangementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'arrangement_id',
    foreignKeyConstraintName: 'arrangement_cohort_arrangement_fk',
  })
  arrangement?: ArrangementEntity;

  @PrimaryColumn({ name: 'cohort_id', type: 'uuid' })
  cohortId!: string;

  @ManyToOne(() => CohortEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'arrangement_cohort_cohort_fk' })
  cohort?: CohortEntity;

  @Column({ name: 'tenant_id', type: 'varchar', length: 4 })
  tenantId!: string;

  @Column({ name: 'group_id', type: 'uuid' })
  groupId!: string;

  @Column({ name: 'previous_max_size', type: 'integer', nullable: true })
  previousMaxSize!: number | null;

  @Column({ name: 'previous_status', type: 'varchar', length: 10, nullable: true })
  previousStatus!: string | null;
}
