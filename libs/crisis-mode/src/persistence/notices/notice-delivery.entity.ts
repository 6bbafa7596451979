import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { TENANT_CHECK } from './columns';
import { NoticeEntity } from './notice.entity';
import { WebhookEndpointEntity } from './webhook-endpoint.entity';

/** The outbox of notices to partners' systems: one row per (notice, endpoint), ever. */
@Entity({ schema: 'crisis', name: 'notice_delivery' })
@Check('notice_delivery_tenant_id_check', TENANT_CHECK)
@Check('notice_delivery_status_check', `"status" IN ('pending', 'delivered')`)
@Check('notice_delivery_delivered_check', `("status" = 'delivered') = ("delivered_at" IS NOT NULL)`)
@Index('notice_delivery_notice_endpoint_key', ['tenantId', 'noticeId', 'endpointId'], {
  unique: true,
})
@Index('notice_delivery_idempotency_key', ['idempotencyKey'], { unique: true })
// The delivery worker serves every municipality: it looks for due rows across tenants.
@Index('notice_delivery_due_idx', ['nextAttemptAt'], { where: `"status" = 'pending'` })
export class NoticeDeliveryEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'tenant_id', type: 'varchar', length: 4 })
  tenantId!: string;

  @Column({ name: 'notice_id', type: 'uuid' })
  noticeId!: string;

  @ManyToOne(() => NoticeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'notice_id', foreignKeyConstraintName: 'notice_delivery_notice_fk' })
  notice?: NoticeEntity;

  @Column({ name: 'endpoint_id', type: 'uuid' })
  endpointId!: string;

  @ManyToOne(() => WebhookEndpointEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'endpoint_id', foreignKeyConstraintName: 'notice_delivery_endpoint_fk' })
  endpoint?: WebhookEndpointEntity;

  @Column({ name: 'idempotency_key', type: 'uuid' })
  idempotencyKey!: string;

  @Column({ type: 'varchar', length: 16 })
  status!: string;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', precision: 3 })
  nextAttemptAt!: Date;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ name: 'delivered_at', type: 'timestamptz', precision: 3, nullable: true })
  deliveredAt!: Date | null;
}
