import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ServiceEntity } from '../catalogue/service.entity';
import { TENANT_CHECK } from '../shared/columns';

@Entity({ schema: 'services', name: 'outreach_request' })
@Check('outreach_request_tenant_id_check', TENANT_CHECK)
@Check(
  'outreach_request_channel_check',
  `"channel" IN ('phone', 'text-message', 'partner', 'in-person')`,
)
@Check('outreach_request_status_check', `"status" IN ('open', 'assigned', 'closed')`)
@Index('outreach_request_tenant_queue_idx', ['tenantId', 'serviceId', 'status', 'receivedAt'])
export class OutreachRequestEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'tenant_id', type: 'varchar', length: 4 })
  tenantId!: string;

  @Column({ name: 'service_id', type: 'uuid' })
  serviceId!: string;

  @ManyToOne(() => ServiceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'service_id' })
  service?: ServiceEntity;

  @Column({ name: 'client_id', type: 'uuid', nullable: true })
  clientId!: string | null;

  @Column({ type: 'varchar', length: 16 })
  channel!: string;

  @Column({ name: 'received_at', type: 'timestamptz', precision: 3 })
  receivedAt!: Date;

  @Column({ type: 'text' })
  location!: string;

  @Column({ type: 'text' })
  need!: string;

  @Column({ type: 'varchar', length: 16 })
  status!: string;

  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;
}
