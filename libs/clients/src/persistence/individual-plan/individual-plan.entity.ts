import { Check, Column, Entity, Index, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import {
  PLAN_STATUSES,
  type PlanEvaluation,
  type PlanGoal,
} from '../../domain/individual-plan/individual-plan';
import { ClientEntity } from '../client/client.entity';
import { TENANT_ID_CHECK, oneOf } from '../shared/columns';

/** IP (§ 7-1): one individual plan per client (the key is the client's id); goals as a document. */
@Entity({ schema: 'clients', name: 'individual_plan' })
@Check('individual_plan_tenant_id_check', TENANT_ID_CHECK)
@Check('individual_plan_status_check', oneOf('status', PLAN_STATUSES))
@Check(
  'individual_plan_consent_check',
  `("consent_given" AND "consent_on" IS NOT NULL) OR (NOT "consent_given" AND "consent_on" IS NULL)`,
)
@Check('individual_plan_active_consent_check', `"status" <> 'active' OR "consent_given"`)
@Index('individual_plan_tenant_id_key', ['tenantId', 'id'], { unique: true })
@Index('individual_plan_tenant_team_review_idx', ['tenantId', 'teamId', 'reviewDue', 'clientId'])
export class IndividualPlanEntity {
  @PrimaryColumn({
    name: 'client_id',
    type: 'uuid',
    primaryKeyConstraintName: 'individual_plan_pkey',
  })
  clientId!: string;

  @OneToOne(() => ClientEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'client_id', foreignKeyConstraintName: 'individual_plan_client_fk' })
  client?: ClientEntity;

  @Column({ type: 'uuid' })
  id!: string;

  @Column({ name: 'tenant_id', type: 'varchar', length: 4 })
  tenantId!: string;

  @Column({ type: 'varchar', length: 200 })
  coordinator!: string;

  /** A team of the services library: by id only. */
  @Column({ name: 'team_id', type: 'uuid', nullable: true })
  teamId!: string | null;

  @Column({ name: 'consent_given', type: 'boolean' })
  consentGiven!: boolean;

  @Column({ name: 'consent_on', type: 'date', nullable: true })
  consentOn!: string | null;

  @Column({ type: 'varchar', length: 16 })
  status!: string;

  @Column({ name: 'review_due', type: 'date' })
  reviewDue!: string;

  @Column({ type: 'jsonb' })
  goals!: PlanGoal[];

  @Column({ type: 'jsonb' })
  evaluations!: PlanEvaluation[];

  @Column({ type: 'integer' })
  version!: number;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'updated_by', type: 'varchar', length: 200 })
  updatedBy!: string;

  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}
