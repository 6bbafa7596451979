import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A consent's identity: which client, and when it was first given. Written once; its terms
 * live in `consent_version`. Changes lock this row, so versions of one consent are serialised.
 */
@Entity({ schema: 'consent', name: 'consent' })
@Check('consent_tenant_id_check', `"tenant_id" ~ '^[0-9]{4}$'`)
@Index('consent_tenant_client_idx', ['tenantId', 'clientId', 'grantedAt', 'id'])
export class ConsentEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'tenant_id', type: 'varchar', length: 4 })
  tenantId!: string;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId!: string;

  @Column({ name: 'granted_at', type: 'timestamptz', precision: 3 })
  grantedAt!: Date;
}
