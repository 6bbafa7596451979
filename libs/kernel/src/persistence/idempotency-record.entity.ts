import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The response to a creating POST, kept under the caller's Idempotency-Key so that a retry
 * gets the same answer instead of a second record. Scoped to tenant and subject: one caller's
 * key never replays another caller's response. A record expires (`expires_at`): past it, the
 * key counts as new and the purge deletes the stored response, national ids included.
 */
@Entity({ schema: 'kernel', name: 'idempotency_record' })
@Index('idempotency_record_expires_at_idx', ['expiresAt'])
@Check('idempotency_record_tenant_id_check', `"tenant_id" ~ '^[0-9]{4}$'`)
export class IdempotencyRecordEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'varchar', length: 4 })
  tenantId!: string;

  @PrimaryColumn({ name: 'actor_subject', type: 'text' })
  actorSubject!: string;

  @PrimaryColumn({ name: 'idempotency_key', type: 'varchar', length: 255 })
  idempotencyKey!: string;

  /** SHA-256 of method, path and body: the same key with another request is refused. */
  @Column({ name: 'request_fingerprint', type: 'char', length: 64 })
  requestFingerprint!: string;

  @Column({ name: 'response_status', type: 'smallint', nullable: true })
  responseStatus!: number | null;

  @Column({ name: 'response_body', type: 'jsonb', nullable: true })
  responseBody!: object | null;

  @Column({ name: 'response_headers', type: 'jsonb', nullable: true })
  responseHeaders!: Record<string, string> | null;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz', precision: 3 })
  expiresAt!: Date;
}
