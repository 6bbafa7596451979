import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import {
  ENCOUNTER_CHANNELS,
  ENCOUNTER_OUTCOMES,
  ENCOUNTER_TOPICS,
} from '../../domain/encounter/encounter';
import { ClientEntity } from '../client/client.entity';
import { TENANT_ID_CHECK, allOf, oneOf } from '../shared/columns';
import { VedtakEntity } from '../vedtak/vedtak.entity';

/** CL-5: the contact log, append-only. */
@Entity({ schema: 'clients', name: 'encounter' })
@Check('encounter_tenant_id_check', TENANT_ID_CHECK)
@Check('encounter_channel_check', oneOf('channel', ENCOUNTER_CHANNELS))
@Check('encounter_outcome_check', oneOf('outcome', ENCOUNTER_OUTCOMES))
@Check('encounter_topics_check', allOf('topics', ENCOUNTER_TOPICS))
@Check(
  'encounter_duration_check',
  `("outcome" = 'attended') = ("duration_minutes" IS NOT NULL AND "duration_minutes" > 0)`,
)
@Index('encounter_tenant_client_time_idx', ['tenantId', 'clientId', 'occurredAt', 'id'])
@Index('encounter_tenant_vedtak_time_idx', ['tenantId', 'vedtakId', 'occurredAt'])
@Index('encounter_tenant_service_time_idx', ['tenantId', 'serviceId', 'occurredAt'])
export class EncounterEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'tenant_id', type: 'varchar', length: 4 })
  tenantId!: string;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId!: string;

  @ManyToOne(() => ClientEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'client_id', foreignKeyConstraintName: 'encounter_client_fk' })
  client?: ClientEntity;

  /** A service of the services library: by id only, no foreign key across schemas. */
  @Column({ name: 'service_id', type: 'uuid', nullable: true })
  serviceId!: string | null;

  @Column({ name: 'occurred_at', type: 'timestamptz', precision: 3 })
  occurredAt!: Date;

  @Column({ type: 'varchar', length: 32 })
  channel!: string;

  @Column({ type: 'varchar', length: 32 })
  outcome!: string;

  @Column({ name: 'duration_minutes', type: 'smallint', nullable: true })
  durationMinutes!: number | null;

  @Column({ type: 'varchar', length: 32, array: true })
  topics!: string[];

  @Column({ type: 'varchar', length: 2000, nullable: true })
  note!: string | null;

  @Column({ name: 'vedtak_id', type: 'uuid', nullable: true })
  vedtakId!: string | null;

  @ManyToOne(() => VedtakEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'vedtak_id', foreignKeyConstraintName: 'encounter_vedtak_fk' })
  vedtak?: VedtakEntity;

  @Column({ type: 'boolean' })
  intake!: boolean;

  @Column({ name: 'recorded_by', type: 'varchar', length: 200 })
  recordedBy!: string;

  @Column({ name: 'recorded_at', type: 'timestamptz', precision: 3 })
  recordedAt!: Date;
}
