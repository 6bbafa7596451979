import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { TENANT_CHECK } from './columns';

@Entity({ schema: 'crisis', name: 'webhook_endpoint' })
@Check('webhook_endpoint_tenant_id_check', TENANT_CHECK)
@Index('webhook_endpoint_partner_url_key', ['tenantId', 'partnerId', 'url'], { unique: true })
@Index('webhook_endpoint_tenant_created_idx', ['tenantId', 'createdAt', 'id'])
export class WebhookEndpointEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'tenant_id', type: 'varchar', length: 4 })
  tenantId!: string;

  /** A partner of the services library: by id, no foreign key across schemas. */
  @Column({ name: 'partner_id', type: 'uuid' })
  partnerId!: string;

  @Column({ type: 'text' })
  url!: string;

  @Column({ type: 'text' })
  secret!: string;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
