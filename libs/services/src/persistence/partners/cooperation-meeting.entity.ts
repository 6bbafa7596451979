import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ServiceEntity } from '../catalogue/service.entity';
import { TENANT_CHECK } from '../shared/columns';

@Entity({ schema: 'services', name: 'cooperation_meeting' })
@Check('cooperation_meeting_tenant_id_check', TENANT_CHECK)
@Check('cooperation_meeting_partners_check', `cardinality("partner_ids") >= 1`)
@Index('cooperation_meeting_tenant_service_idx', ['tenantId', 'serviceId', 'heldOn'])
export class CooperationMeetingEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'tenant_id', type: 'varchar', length: 4 })
  tenantId!: string;

  @Column({ name: 'service_id', type: 'uuid' })
  serviceId!: string;

  @ManyToOne(() => ServiceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'service_id' })
  service?: ServiceEntity;

  @Column({ name: 'held_on', type: 'date' })
  heldOn!: string;

  @Column({ name: 'partner_ids', type: 'uuid', array: true })
  partnerIds!: string[];

  @Column({ type: 'text' })
  topic!: string;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy!: string;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
