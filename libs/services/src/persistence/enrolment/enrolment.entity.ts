import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ServiceEntity } from '../catalogue/service.entity';
import { TENANT_CHECK } from '../shared/columns';

@Entity({ schema: 'services', name: 'enrolment' })
@Check('enrolment_tenant_id_check', TENANT_CHECK)
@Check('enrolment_period_check', `"ended_on" IS NULL OR "ended_on" >= "started_on"`)
@Index('enrolment_open_key', ['tenantId', 'serviceId', 'clientId'], {
  unique: true,
  where: '"ended_on" IS NULL',
})
@Index('enrolment_tenant_client_idx', ['tenantId', 'clientId', 'startedOn'])
@Index('enrolment_tenant_service_idx', ['tenantId', 'serviceId', 'startedOn'])
export class EnrolmentEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'tenant_id', type: 'varchar', length: 4 })
  tenantId!: string;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId!: string;

  @Column({ name: 'service_id', type: 'uuid' })
  serviceId!: string;

  @ManyToOne(() => ServiceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'service_id' })
  service?: ServiceEntity;

  @Column({ name: 'started_on', type: 'date' })
  startedOn!: string;

  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn!: string | null;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ name: 'end_reason', type: 'text', nullable: true })
  endReason!: string | null;

  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Column({ type: 'integer' })
  version!: number;
}
