import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { TENANT_CHECK, numericNumber } from '../shared/columns';
import { PrescriptionEntity } from './prescription.entity';

/** The index that makes "never two dispensings of one prescription on one Oslo day" a database rule. */
export const ONCE_PER_DAY_INDEX = 'dispensing_event_once_per_day_key';

@Entity({ schema: 'services', name: 'dispensing_event' })
@Check('dispensing_event_tenant_id_check', TENANT_CHECK)
@Check(
  'dispensing_event_channel_check',
  `"channel" IN ('counter', 'hatch', 'home-delivery', 'pharmacy')`,
)
@Check('dispensing_event_dose_check', `"dose_mg" > 0`)
@Check(
  'dispensing_event_oslo_day_check',
  `"dispensing_date" = ("dispensed_at" AT TIME ZONE 'Europe/Oslo')::date`,
)
@Check(
  'dispensing_event_void_check',
  `("voided_at" IS NULL AND "voided_by" IS NULL AND "void_reason" IS NULL) OR ("voided_at" IS NOT NULL AND "voided_by" IS NOT NULL AND "void_reason" IS NOT NULL)`,
)
@Index(ONCE_PER_DAY_INDEX, ['tenantId', 'prescriptionId', 'dispensingDate'], {
  unique: true,
  where: '"voided_at" IS NULL',
})
@Index('dispensing_event_tenant_prescription_idx', ['tenantId', 'prescriptionId', 'dispensedAt'])
export class DispensingEventEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'tenant_id', type: 'varchar', length: 4 })
  tenantId!: string;

  @Column({ name: 'prescription_id', type: 'uuid' })
  prescriptionId!: string;

  @ManyToOne(() => PrescriptionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'prescription_id' })
  prescription?: PrescriptionEntity;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId!: string;

  @Column({ name: 'dispensing_date', type: 'date' })
  dispensingDate!: string;

  @Column({ name: 'dispensed_at', type: 'timestamptz', precision: 3 })
  dispensedAt!: Date;

  @Column({ type: 'varchar', length: 16 })
  channel!: string;

  @Column({ name: 'dose_mg', type: 'numeric', precision: 8, scale: 3, transformer: numericNumber })
  doseMg!: number;

  @Column({ name: 'dispensed_by', type: 'text' })
  dispensedBy!: string;

  @Column({ name: 'corrects_event_id', type: 'uuid', nullable: true })
  correctsEventId!: string | null;

  @ManyToOne(() => DispensingEventEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'corrects_event_id' })
  corrects?: DispensingEventEntity;

  @Column({ name: 'voided_at', type: 'timestamptz', precision: 3, nullable: true })
  voidedAt!: Date | null;

  @Column({ name: 'voided_by', type: 'text', nullable: true })
  voidedBy!: string | null;

  @Column({ name: 'void_reason', type: 'text', nullable: true })
  voidReason!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
