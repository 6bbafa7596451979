import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { TENANT_CHECK } from '../shared/columns';
import { ServiceEntity } from './service.entity';

@Entity({ schema: 'services', name: 'service_mode_change' })
@Check('service_mode_change_tenant_id_check', TENANT_CHECK)
@Index('service_mode_change_tenant_service_idx', ['tenantId', 'serviceId', 'changedAt'])
export class ServiceModeChangeEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'tenant_id', type: 'varchar', length: 4 })
  tenantId!: string;

  @Column({ name: 'service_id', type: 'uuid' })
  serviceId!: string;

  @ManyToOne(() => ServiceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'service_id' })
  service?: ServiceEntity;

  @Column({ name: 'from_mode', type: 'varchar', length: 16 })
  fromMode!: string;

  @Column({ name: 'to_mode', type: 'varchar', length: 16 })
  toMode!: string;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ name: 'changed_by', type: 'text' })
  changedBy!: string;

  @Column({ name: 'changed_at', type: 'timestamptz', precision: 3 })
  changedAt!: Date;
}
