import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ServiceEntity } from '../catalogue/service.entity';
import { PartnerEntity } from '../partners/partner.entity';
import { TENANT_CHECK } from '../shared/columns';

@Entity({ schema: 'services', name: 'distribution_record' })
@Check('distribution_record_tenant_id_check', TENANT_CHECK)
@Check(
  'distribution_record_item_check',
  `"item" IN ('clean-equipment', 'naloxone', 'wound-care-kit', 'nutrition-drink', 'food-bag', 'clothing')`,
)
@Check(
  'distribution_record_setting_check',
  `"setting" IN ('premises', 'outreach', 'delivery', 'temporary-housing')`,
)
@Check('distribution_record_quantity_check', `"quantity" BETWEEN 1 AND 100`)
@Check(
  'distribution_record_oslo_day_check',
  `"given_on" = ("given_at" AT TIME ZONE 'Europe/Oslo')::date`,
)
@Index('distribution_record_tenant_day_idx', ['tenantId', 'givenOn'])
@Index('distribution_record_tenant_client_idx', ['tenantId', 'clientId', 'givenAt'])
export class DistributionRecordEntity {
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

  @Column({ type: 'varchar', length: 32 })
  item!: string;

  @Column({ type: 'integer' })
  quantity!: number;

  @Column({ type: 'varchar', length: 32 })
  setting!: string;

  @Column({ name: 'partner_id', type: 'uuid', nullable: true })
  partnerId!: string | null;

  @ManyToOne(() => PartnerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'partner_id' })
  partner?: PartnerEntity;

  @Column({ name: 'given_at', type: 'timestamptz', precision: 3 })
  givenAt!: Date;

  @Column({ name: 'given_on', type: 'date' })
  givenOn!: string;

  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy!: string;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
