import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import {
  CONSENT_STATUSES,
  MEMBER_KINDS,
  ORGANISATION_KINDS,
} from '../../domain/responsibility-group/responsibility-group';
import { TENANT_ID_CHECK, oneOf } from '../shared/columns';
import { ResponsibilityGroupEntity } from './responsibility-group.entity';

/** A member of a responsibility group, for a period; one row per membership. */
@Entity({ schema: 'clients', name: 'responsibility_group_member' })
@Check('responsibility_group_member_tenant_id_check', TENANT_ID_CHECK)
@Check('responsibility_group_member_kind_check', oneOf('kind', MEMBER_KINDS))
@Check(
  'responsibility_group_member_organisation_kind_check',
  oneOf('organisation_kind', ORGANISATION_KINDS),
)
@Check(
  'responsibility_group_member_consent_status_check',
  oneOf('consent_status', CONSENT_STATUSES),
)
@Check(
  'responsibility_group_member_period_check',
  `"valid_to" IS NULL OR "valid_to" >= "valid_from"`,
)
@Check('responsibility_group_member_coordinator_check', `NOT "coordinator" OR "kind" = 'staff'`)
@Check(
  'responsibility_group_member_shape_check',
  `("kind" = 'staff') = ("subject" IS NOT NULL) AND ("kind" = 'external') = ("organisation_kind" IS NOT NULL AND "organisation_name" IS NOT NULL AND "consent_status" IS NOT NULL) AND ("kind" = 'relative') = ("relative_id" IS NOT NULL)`,
)
@Check(
  'responsibility_group_member_organisation_number_check',
  `"organisation_number" ~ '^[0-9]{9}$'`,
)
// The DB's share of "one coordinator": never two marked in a group.
@Index('responsibility_group_member_one_coordinator_key', ['clientId'], {
  unique: true,
  where: `"coordinator"`,
})
@Index('responsibility_group_member_group_idx', ['tenantId', 'clientId', 'position'])
export class ResponsibilityGroupMemberEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'responsibility_group_member_pkey' })
  id!: string;

  @Column({ name: 'tenant_id', type: 'varchar', length: 4 })
  tenantId!: string;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId!: string;

  @ManyToOne(() => ResponsibilityGroupEntity, { onDelete: 'RESTRICT', onUpdate: 'CASCADE' })
  @JoinColumn({
    name: 'client_id',
    referencedColumnName: 'clientId',
    foreignKeyConstraintName: 'responsibility_group_member_group_fk',
  })
  group?: ResponsibilityGroupEntity;

  /** Order as written. */
  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'varchar', length: 16 })
  kind!: string;

  @Column({ name: 'valid_from', type: 'date' })
  validFrom!: string;

  @Column({ name: 'valid_to', type: 'date', nullable: true })
  validTo!: string | null;

  /** Staff: the token subject. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  subject!: string | null;

  /** Staff, external and relative (copied from the relative). */
  @Column({ type: 'varchar', length: 200, nullable: true })
  name!: string | null;

  @Column({ type: 'boolean', default: false })
  coordinator!: boolean;

  @Column({ name: 'organisation_kind', type: 'varchar', length: 16, nullable: true })
  organisationKind!: string | null;

  @Column({ name: 'organisation_name', type: 'varchar', length: 200, nullable: true })
  organisationName!: string | null;

  @Column({ name: 'organisation_number', type: 'varchar', length: 9, nullable: true })
  organisationNumber!: string | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  phone!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  email!: string | null;

  /** A relative of the client (CL-9), by id; the name is kept if the relative is removed. */
  @Column({ name: 'relative_id', type: 'uuid', nullable: true })
  relativeId!: string | null;

  @Column({ name: 'consent_status', type: 'varchar', length: 24, nullable: true })
  consentStatus!: string | null;

  @Column({ name: 'consent_checked_at', type: 'timestamptz', precision: 3, nullable: true })
  consentCheckedAt!: Date | null;

  /** The consent library's decisions, one per category: `{ category, decisionId, permitted }`. */
  @Column({ name: 'consent_decisions', type: 'jsonb', nullable: true })
  consentDecisions!: { category: string; decisionId: string; permitted: boolean }[] | null;
}
