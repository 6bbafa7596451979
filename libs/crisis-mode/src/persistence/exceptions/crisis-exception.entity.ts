import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** An individual assessment letting one client use a service despite the crisis level. */
@Entity({ schema: 'crisis', name: 'crisis_exceptions' })
@Check('crisis_exceptions_tenant_id_check', `"tenant_id" ~ '^[0-9]{4}$'`)
@Check('crisis_exceptions_validity_check', `"valid_to" IS NULL OR "valid_to" > "granted_at"`)
@Index('crisis_exceptions_client_idx', ['tenantId', 'clientId', 'serviceId'])
export class CrisisExceptionEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'varchar', length: 4 })
  tenantId!: string;

  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId!: string;

  @Column({ name: 'service_id', type: 'uuid', nullable: true })
  serviceId!: string | null;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ name: 'granted_by', type: 'text' })
  grantedBy!: string;

  @Column({ name: 'granted_at', type: 'timestamptz', precision: 3 })
  grantedAt!: Date;

  @Column({ name: 'valid_to', type: 'timestamptz', precision: 3, nullable: true })
  validTo!: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', precision: 3, nullable: true })
  revokedAt!: Date | null;

  @Column({ name: 'revoked_by', type: 'text', nullable: true })
  revokedBy!: string | null;
}
