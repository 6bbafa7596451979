import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One row per access to personal data. Append-only: a trigger refuses UPDATE and DELETE. */
@Entity({ schema: 'kernel', name: 'audit_event' })
@Check('audit_event_tenant_id_check', `"tenant_id" ~ '^[0-9]{4}$'`)
@Index('audit_event_tenant_client_idx', ['tenantId', 'clientId', 'occurredAt'])
@Index('audit_event_tenant_time_idx', ['tenantId', 'occurredAt'])
export class AuditEventEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'tenant_id', type: 'varchar', length: 4 })
  tenantId!: string;

  // Millisecond precision, like the Date it comes from, so a keyset cursor round-trips exactly.
  @Column({ name: 'occurred_at', type: 'timestamptz', precision: 3 })
  occurredAt!: Date;

  @Column({ name: 'actor_subject', type: 'text' })
  actorSubject!: string;

  @Column({ name: 'actor_roles', type: 'text', array: true })
  actorRoles!: string[];

  @Column({ type: 'varchar', length: 32 })
  action!: string;

  @Column({ name: 'resource_type', type: 'varchar', length: 64 })
  resourceType!: string;

  @Column({ name: 'resource_id', type: 'text', nullable: true })
  resourceId!: string | null;

  @Column({ name: 'client_id', type: 'uuid', nullable: true })
  clientId!: string | null;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ name: 'request_id', type: 'varchar', length: 128, nullable: true })
  requestId!: string | null;
}
