import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { TENANT_CHECK } from '../shared/columns';
import { PrescriptionEntity } from './prescription.entity';

@Entity({ schema: 'services', name: 'prescription_transfer' })
@Check('prescription_transfer_tenant_id_check', TENANT_CHECK)
@Check('prescription_transfer_period_check', `"until_date" >= "from_date"`)
@Index('prescription_transfer_tenant_prescription_idx', ['tenantId', 'prescriptionId', 'fromDate'])
export class PrescriptionTransferEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'tenant_id', type: 'varchar', length: 4 })
  tenantId!: string;

  @Column({ name: 'prescription_id', type: 'uuid' })
  prescriptionId!: string;

  @ManyToOne(() => PrescriptionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'prescription_id' })
  prescription?: PrescriptionEntity;

  @Column({ name: 'from_date', type: 'date' })
  fromDate!: string;

  @Column({ name: 'until_date', type: 'date' })
  untilDate!: string;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
