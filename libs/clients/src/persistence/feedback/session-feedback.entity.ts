import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { ValueTransformer } from 'typeorm';
import { ClientEntity } from '../client/client.entity';
import { EncounterEntity } from '../encounter/encounter.entity';
import { TENANT_ID_CHECK } from '../shared/columns';

/** numeric comes back from pg as a string: a score is a number again. */
const score: ValueTransformer = {
  to: (value: number | null) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

const ORS = ['ors_individually', 'ors_interpersonally', 'ors_socially', 'ors_overall'];
const SRS = ['srs_relationship', 'srs_goals_and_topics', 'srs_approach_or_method', 'srs_overall'];
const allOrNone = (columns: string[]) =>
  `(${columns.map((c) => `"${c}" IS NULL`).join(' AND ')}) OR (${columns.map((c) => `"${c}" IS NOT NULL`).join(' AND ')})`;
const inRange = (columns: string[]) => columns.map((c) => `"${c}" BETWEEN 0 AND 10`).join(' AND ');

/** KOR/FIT: one session's ORS and/or SRS, one set per attended encounter. */
@Entity({ schema: 'clients', name: 'session_feedback' })
@Check('session_feedback_tenant_id_check', TENANT_ID_CHECK)
@Check('session_feedback_ors_complete_check', allOrNone(ORS))
@Check('session_feedback_srs_complete_check', allOrNone(SRS))
@Check('session_feedback_scores_check', inRange([...ORS, ...SRS]))
@Check('session_feedback_form_check', `"ors_overall" IS NOT NULL OR "srs_overall" IS NOT NULL`)
@Index('session_feedback_tenant_encounter_key', ['tenantId', 'encounterId'], { unique: true })
@Index('session_feedback_tenant_client_time_idx', ['tenantId', 'clientId', 'sessionAt'])
export class SessionFeedbackEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'tenant_id', type: 'varchar', length: 4 })
  tenantId!: string;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId!: string;

  @ManyToOne(() => ClientEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'client_id', foreignKeyConstraintName: 'session_feedback_client_fk' })
  client?: ClientEntity;

  @Column({ name: 'encounter_id', type: 'uuid' })
  encounterId!: string;

  @ManyToOne(() => EncounterEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'encounter_id', foreignKeyConstraintName: 'session_feedback_encounter_fk' })
  encounter?: EncounterEntity;

  /** The encounter's service (of the services library): by id only. */
  @Column({ name: 'service_id', type: 'uuid', nullable: true })
  serviceId!: string | null;

  @Column({ name: 'session_at', type: 'timestamptz', precision: 3 })
  sessionAt!: Date;

  @Column({
    name: 'ors_individually',
    type: 'numeric',
    precision: 3,
    scale: 1,
    nullable: true,
    transformer: score,
  })
  orsIndividually!: number | null;

  @Column({
    name: 'ors_interpersonally',
    type: 'numeric',
    precision: 3,
    scale: 1,
    nullable: true,
    transformer: score,
  })
  orsInterpersonally!: number | null;

  @Column({
    name: 'ors_socially',
    type: 'numeric',
    precision: 3,
    scale: 1,
    nullable: true,
    transformer: score,
  })
  orsSocially!: number | null;

  @Column({
    name: 'ors_overall',
    type: 'numeric',
    precision: 3,
    scale: 1,
    nullable: true,
    transformer: score,
  })
  orsOverall!: number | null;

  @Column({
    name: 'srs_relationship',
    type: 'numeric',
    precision: 3,
    scale: 1,
    nullable: true,
    transformer: score,
  })
  srsRelationship!: number | null;

  @Column({
    name: 'srs_goals_and_topics',
    type: 'numeric',
    precision: 3,
    scale: 1,
    nullable: true,
    transformer: score,
  })
  srsGoalsAndTopics!: number | null;

  @Column({
    name: 'srs_approach_or_method',
    type: 'numeric',
    precision: 3,
    scale: 1,
    nullable: true,
    transformer: score,
  })
  srsApproachOrMethod!: number | null;

  @Column({
    name: 'srs_overall',
    type: 'numeric',
    precision: 3,
    scale: 1,
    nullable: true,
    transformer: score,
  })
  srsOverall!: number | null;

  @Column({ name: 'recorded_by', type: 'varchar', length: 200 })
  recordedBy!: string;

  @Column({ name: 'recorded_at', type: 'timestamptz', precision: 3 })
  recordedAt!: Date;
}
