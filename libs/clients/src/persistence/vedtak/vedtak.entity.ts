import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ClientEntity } from '../client/client.entity';
import { TENANT_ID_CHECK } from '../shared/columns';

/** CL-7: vedtak granting hours per week, kept as whole minutes so that sums are exact. */
@Entity({ schema: 'clients', name: 'vedtak' })
@Check('vedtak_tenant_id_check', TENANT_ID_CHECK)
@Check('vedtak_minutes_per_week_check', `"minutes_per_week" > 0 AND "minutes_per_week" <= 10080`)
@Check('vedtak_validity_check', `"valid_to" IS NULL OR "valid_to" >= "valid_from"`)
@Index('vedtak_tenant_client_valid_from_idx', ['tenantId', 'clientId', 'validFrom', 'id'])
export class VedtakEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'tenant_id', type: 'varchar', length: 4 })
  tenantId!: string;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId!: string;

  @ManyToOne(() => ClientEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'client_id', foreignKeyConstraintName: 'vedtak_client_fk' })
  client?: ClientEntity;

  @Column({ type: 'varchar', length: 100, nullable: true })
  reference!: string | null;

  @Column({ type: 'varchar', length: 200 })
  service!: string;

  @Column({ name: 'minutes_per_week', type: 'integer' })
  minutesPerWeek!: number;

  @Column({ name: 'decided_on', type: 'date' })
  decidedOn!: string;

  @Column({ name: 'valid_from', type: 'date' })
  validFrom!: string;

  @Column({ name: 'valid_to', type: 'date', nullable: true })
  validTo!: string | null;

  @Column({ name: 'recorded_by', type: 'varchar', length: 200 })
  recordedBy!: string;

  @Column({ name: 'recorded_at', type: 'timestamptz', precision: 3 })
  recordedAt!: Date;
}
