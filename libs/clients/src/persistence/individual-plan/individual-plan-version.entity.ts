import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { TENANT_ID_CHECK } from '../shared/columns';
import { IndividualPlanEntity } from './individual-plan.entity';

/** Every version of an individual plan as it was saved, append-only. */
@Entity({ schema: 'clients', name: 'individual_plan_version' })
@Check('individual_plan_version_tenant_id_check', TENANT_ID_CHECK)
export class IndividualPlanVersionEntity {
  @PrimaryColumn({
    name: 'client_id',
    type: 'uuid',
    primaryKeyConstraintName: 'individual_plan_version_pkey',
  })
  clientId!: string;

  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'individual_plan_version_pkey' })
  version!: number;

  @ManyToOne(() => IndividualPlanEntity, { onDelete: 'RESTRICT', onUpdate: 'CASCADE' })
  @JoinColumn({ name: 'client_id', foreignKeyConstraintName: 'individual_plan_version_plan_fk' })
  plan?: IndividualPlanEntity;

  @Column({ name: 'tenant_id', type: 'varchar', length: 4 })
  tenantId!: string;

  /** The plan at this version, as the domain holds it (dates as ISO strings). */
  @Column({ type: 'jsonb' })
  snapshot!: Record<string, unknown>;

  @Column({ name: 'saved_by', type: 'varchar', length: 200 })
  savedBy!: string;

  @Column({ name: 'saved_at', type: 'timestamptz', precision: 3 })
  savedAt!: Date;
}
