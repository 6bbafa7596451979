import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ServiceEntity } from '../catalogue/service.entity';
import { TENANT_CHECK } from '../shared/columns';
import { MissionEntity } from './mission.entity';
import { OutreachPlaceEntity } from './outreach-place.entity';

@Entity({ schema: 'services', name: 'outreach_contact' })
@Check('outreach_contact_tenant_id_check', TENANT_CHECK)
@Index('outreach_contact_tenant_client_idx', ['tenantId', 'clientId', 'metAt'])
@Index('outreach_contact_tenant_service_idx', ['tenantId', 'serviceId', 'metAt'])
export class OutreachContactEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'tenant_id', type: 'varchar', length: 4 })
  tenantId!: string;

  @Column({ name: 'service_id', type: 'uuid' })
  serviceId!: string;

  @ManyToOne(() => ServiceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'service_id' })
  service?: ServiceEntity;

  @Column({ name: 'mission_id', type: 'uuid', nullable: true })
  missionId!: string | null;

  @ManyToOne(() => MissionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'mission_id' })
  mission?: MissionEntity;

  @Column({ name: 'place_id', type: 'uuid', nullable: true })
  placeId!: string | null;

  @ManyToOne(() => OutreachPlaceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'place_id' })
  place?: OutreachPlaceEntity;

  @Column({ name: 'client_id', type: 'uuid', nullable: true })
  clientId!: string | null;

  @Column({ name: 'met_at', type: 'timestamptz', precision: 3 })
  metAt!: Date;

  @Column({ name: 'new_contact', type: 'boolean' })
  newContact!: boolean;

  @Column({ type: 'text', array: true })
  symptoms!: string[];

  @Column({ name: 'testing_advised', type: 'boolean' })
  testingAdvised!: boolean;

  @Column({ type: 'text', array: true })
  referrals!: string[];

  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy!: string;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
