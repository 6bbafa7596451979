import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ServiceEntity } from '../catalogue/service.entity';
import { PartnerEntity } from '../partners/partner.entity';
import { TENANT_CHECK, numericNumber } from '../shared/columns';

@Entity({ schema: 'services', name: 'prescription' })
@Check('prescription_tenant_id_check', TENANT_CHECK)
@Check(
  'prescription_medication_check',
  `"medication" IN ('methadone', 'buprenorphine', 'buprenorphine-naloxone', 'levomethadone', 'slow-release-morphine')`,
)
@Check('prescription_dose_check', `"daily_dose_mg" > 0`)
@Check('prescription_period_check', `"valid_to" IS NULL OR "valid_to" >= "valid_from"`)
@Check(
  'prescription_place_check',
  `("place" = 'centre' AND "pharmacy_id" IS NULL) OR ("place" = 'pharmacy' AND "pharmacy_id" IS NOT NULL)`,
)
@Index('prescription_tenant_client_idx', ['tenantId', 'clientId', 'validFrom'])
@Index('prescription_tenant_service_idx', ['tenantId', 'serviceId', 'validFrom'])
export class PrescriptionEntity {
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

  @Column({ type: 'varchar', length: 32 })
  medication!: string;

  @Column({
    name: 'daily_dose_mg',
    type: 'numeric',
    precision: 8,
    scale: 3,
    transformer: numericNumber,
  })
  dailyDoseMg!: number;

  @Column({ name: 'valid_from', type: 'date' })
  validFrom!: string;

  @Column({ name: 'valid_to', type: 'date', nullable: true })
  validTo!: string | null;

  @Column({ type: 'varchar', length: 16 })
  place!: string;

  @Column({ name: 'pharmacy_id', type: 'uuid', nullable: true })
  pharmacyId!: string | null;

  @ManyToOne(() => PartnerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'pharmacy_id' })
  pharmacy?: PartnerEntity;

  @Column({ type: 'text' })
  prescriber!: string;

  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
