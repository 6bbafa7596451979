import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ServiceEntity } from '../catalogue/service.entity';
import { TENANT_CHECK } from '../shared/columns';
import { OutreachRequestEntity } from './outreach-request.entity';

@Entity({ schema: 'services', name: 'mission' })
@Check('mission_tenant_id_check', TENANT_CHECK)
@Check('mission_status_check', `"status" IN ('planned', 'completed', 'cancelled')`)
@Check('mission_staff_check', `cardinality("staff_ids") >= 1`)
// A client with a violence-risk flag is never visited alone, whoever writes the row.
@Check('mission_two_staff_check', `NOT "two_staff_required" OR cardinality("staff_ids") >= 2`)
@Index('mission_tenant_service_idx', ['tenantId', 'serviceId', 'plannedAt'])
export class MissionEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'tenant_id', type: 'varchar', length: 4 })
  tenantId!: string;

  @Column({ name: 'service_id', type: 'uuid' })
  serviceId!: string;

  @ManyToOne(() => ServiceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'service_id' })
  service?: ServiceEntity;

  @Column({ name: 'request_id', type: 'uuid', nullable: true })
  requestId!: string | null;

  @ManyToOne(() => OutreachRequestEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'request_id' })
  request?: OutreachRequestEntity;

  @Column({ name: 'client_id', type: 'uuid', nullable: true })
  clientId!: string | null;

  @Column({ name: 'planned_at', type: 'timestamptz', precision: 3 })
  plannedAt!: Date;

  @Column({ type: 'text' })
  location!: string;

  @Column({ name: 'staff_ids', type: 'uuid', array: true })
  staffIds!: string[];

  @Column({ name: 'two_staff_required', type: 'boolean' })
  twoStaffRequired!: boolean;

  @Column({ type: 'varchar', length: 16 })
  status!: string;

  @Column({ type: 'text', nullable: true })
  outcome!: string | null;

  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;

  @Column({ type: 'integer' })
  version!: number;
}
