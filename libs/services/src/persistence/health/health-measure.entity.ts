import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ServiceEntity } from '../catalogue/service.entity';
import { TENANT_CHECK } from '../shared/columns';

@Entity({ schema: 'services', name: 'health_measure' })
@Check('health_measure_tenant_id_check', TENANT_CHECK)
@Check('health_measure_kind_check', `"kind" IN ('test', 'vaccination')`)
@Check('health_measure_result_check', `("kind" = 'test') = ("result" IS NOT NULL)`)
@Index('health_measure_tenant_client_idx', ['tenantId', 'clientId', 'performedAt'])
export class HealthMeasureEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'tenant_id', type: 'varchar', length: 4 })
  tenantId!: string;

  @Column({ name: 'service_id', type: 'uuid' })
  serviceId!: string;

  @ManyToOne(() => ServiceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'service_id' })
  service?: ServiceEntity;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: string;

  @Column({ type: 'varchar', length: 32 })
  code!: string;

  @Column({ type: 'varchar', length: 16, nullable: true })
  result!: string | null;

  @Column({ name: 'requested_by', type: 'varchar', length: 32, nullable: true })
  requestedBy!: string | null;

  @Column({ name: 'performed_at', type: 'timestamptz', precision: 3 })
  performedAt!: Date;

  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy!: string;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
