import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { CrisisLevel } from '../../domain/plan/crisis-plan';

/** One version of a crisis plan; a plan's versions share its id. Versions are never changed. */
@Entity({ schema: 'crisis', name: 'crisis_plans' })
@Check('crisis_plans_tenant_id_check', `"tenant_id" ~ '^[0-9]{4}$'`)
@Check('crisis_plans_version_check', `"version" >= 1`)
@Index('crisis_plans_tenant_created_idx', ['tenantId', 'createdAt', 'id'])
export class CrisisPlanEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'varchar', length: 4 })
  tenantId!: string;

  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  /** Two editors making the same next version collide here: the second is refused. */
  @PrimaryColumn({ type: 'integer' })
  version!: number;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'jsonb' })
  levels!: CrisisLevel[];

  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
