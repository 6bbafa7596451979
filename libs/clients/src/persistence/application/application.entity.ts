import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { APPLICATION_STATUSES, CLOSURE_REASONS } from '../../domain/application/application';
import { ClientEntity } from '../client/client.entity';
import { TENANT_ID_CHECK, oneOf } from '../shared/columns';

/** CL-2: simple applications and their way through intake. */
@Entity({ schema: 'clients', name: 'application' })
@Check('application_tenant_id_check', TENANT_ID_CHECK)
@Check('application_status_check', oneOf('status', APPLICATION_STATUSES))
@Check('application_closure_reason_check', oneOf('closure_reason', CLOSURE_REASONS))
@Check('application_reachable_check', `"phone" IS NOT NULL OR "meeting_place" IS NOT NULL`)
@Index('application_tenant_received_idx', ['tenantId', 'receivedAt'])
@Index('application_tenant_status_received_idx', ['tenantId', 'status', 'receivedAt'])
export class ApplicationEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'tenant_id', type: 'varchar', length: 4 })
  tenantId!: string;

  @Column({ name: 'received_at', type: 'timestamptz', precision: 3 })
  receivedAt!: Date;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'varchar', length: 30, nullable: true })
  phone!: string | null;

  @Column({ name: 'meeting_place', type: 'varchar', length: 200, nullable: true })
  meetingPlace!: string | null;

  @Column({ name: 'help_wanted', type: 'varchar', length: 2000 })
  helpWanted!: string;

  @Column({ name: 'preferred_language', type: 'varchar', length: 35, nullable: true })
  preferredLanguage!: string | null;

  @Column({ name: 'answer_acute_detox', type: 'boolean' })
  answerAcuteDetox!: boolean;

  @Column({ name: 'answer_pregnant', type: 'boolean' })
  answerPregnant!: boolean;

  @Column({ name: 'answer_coercion_concern', type: 'boolean' })
  answerCoercionConcern!: boolean;

  @Column({ type: 'varchar', length: 16 })
  status!: string;

  @Column({ type: 'boolean' })
  urgent!: boolean;

  @Column({ name: 'triage_acute_detox', type: 'boolean', nullable: true })
  triageAcuteDetox!: boolean | null;

  @Column({ name: 'triage_pregnancy', type: 'boolean', nullable: true })
  triagePregnancy!: boolean | null;

  @Column({ name: 'triage_coercion_assessment', type: 'boolean', nullable: true })
  triageCoercionAssessment!: boolean | null;

  @Column({ name: 'triage_note', type: 'varchar', length: 2000, nullable: true })
  triageNote!: string | null;

  @Column({ name: 'triaged_by', type: 'varchar', length: 200, nullable: true })
  triagedBy!: string | null;

  @Column({ name: 'triaged_at', type: 'timestamptz', precision: 3, nullable: true })
  triagedAt!: Date | null;

  @Column({ name: 'client_id', type: 'uuid', nullable: true })
  clientId!: string | null;

  @ManyToOne(() => ClientEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'client_id', foreignKeyConstraintName: 'application_client_fk' })
  client?: ClientEntity;

  @Column({ name: 'first_contact_at', type: 'timestamptz', precision: 3, nullable: true })
  firstContactAt!: Date | null;

  @Column({ name: 'closure_reason', type: 'varchar', length: 32, nullable: true })
  closureReason!: string | null;

  @Column({ name: 'closed_by', type: 'varchar', length: 200, nullable: true })
  closedBy!: string | null;

  @Column({ name: 'closed_at', type: 'timestamptz', precision: 3, nullable: true })
  closedAt!: Date | null;

  @Column({ type: 'integer' })
  version!: number;
}
