import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/** The level in force per municipality: one row, locked while a level change applies. */
@Entity({ schema: 'crisis', name: 'crisis_state' })
@Check('crisis_state_tenant_id_check', `"tenant_id" ~ '^[0-9]{4}$'`)
export class CrisisStateEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'varchar', length: 4 })
  tenantId!: string;

  @Column({ type: 'text' })
  level!: string;

  @Column({ name: 'plan_id', type: 'uuid', nullable: true })
  planId!: string | null;

  @Column({ name: 'plan_version', type: 'integer', nullable: true })
  planVersion!: number | null;

  @Column({ name: 'level_change_id', type: 'uuid', nullable: true })
  levelChangeId!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  since!: Date | null;

  @Column({ type: 'integer' })
  version!: number;
}
