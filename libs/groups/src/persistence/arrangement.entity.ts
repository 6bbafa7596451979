import { Check, Column, Entity, PrimaryColumn, Unique } from 'typeorm';

/** A cohort size applied to many groups at once (GR-4), until restored. */
@Entity({ schema: 'groups', name: 'arrangement' })
@Check('arrangement_tenant_id_check', `"tenant_id" ~ '^[0-9]{4}$'`)
@Check('arrangement_max_size_check', `"max_size" >= 1`)
@Check('arrangement_status_check', `"status" IN ('applied', 'restored')`)
@Check('arrangement_restored_check', `("status" = 'restored') = ("restored_at" IS NOT NULL)`)
@Unique('arrangement_tenant_reference_uq', ['tenantId', 'reference'])
export class ArrangementEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'tenant_id', type: 'varchar', length: 4 })
  tenantId!: string;

  @Column({ type: 'varchar', length: 100 })
  reference!: string;

  @Column({ name: 'max_size', type: 'integer' })
  maxSize!: number;

  /** Null: every group of the tenant. */
  @Column({ name: 'service_ids', type: 'uuid', array: true, nullable: true })
  serviceIds!: string[] | null;

  @Column({ type: 'varchar', length: 10 })
  status!: string;

  @Column({ name: 'applied_at', type: 'timestamptz', precision: 3 })
  appliedAt!: Date;

  @Column({ name: 'applied_by', type: 'text' })
  appliedBy!: string;

  @Column({ name: 'restored_at', type: 'timestamptz', precision: 3, nullable: true })
  restoredAt!: Date | null;

  @Column({ name: 'restored_by', type: 'text', nullable: true })
  restoredBy!: string | null;
}
