import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { ConsentChange, ConsentMethod, ConsentStatus } from '../domain/consent';
import type { Recipient } from '../domain/recipient';
import { ConsentEntity } from './consent.entity';

/** One version of a consent's terms. Append-only: a trigger refuses UPDATE, DELETE and TRUNCATE. */
@Entity({ schema: 'consent', name: 'consent_version' })
@Check('consent_version_tenant_id_check', `"tenant_id" ~ '^[0-9]{4}$'`)
@Check('consent_version_version_check', `"version" >= 1`)
@Check('consent_version_validity_check', `"valid_to" IS NULL OR "valid_to" > "valid_from"`)
@Check('consent_version_change_check', `"change" IN ('granted', 'amended', 'withdrawn')`)
@Check(
  'consent_version_status_check',
  `("status" = 'withdrawn') = ("change" = 'withdrawn') AND "status" IN ('active', 'withdrawn')`,
)
@Check('consent_version_method_check', `"method" IN ('written', 'oral', 'digital')`)
@Check(
  'consent_version_terms_check',
  `cardinality("categories") > 0 AND cardinality("purposes") > 0 AND jsonb_array_length("recipients") > 0`,
)
export class ConsentVersionEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'varchar', length: 4 })
  tenantId!: string;

  @PrimaryColumn({ name: 'consent_id', type: 'uuid' })
  consentId!: string;

  /** Two changes of the same version collide here: the second is refused. */
  @PrimaryColumn({ type: 'integer' })
  version!: number;

  @ManyToOne(() => ConsentEntity, { nullable: false })
  @JoinColumn({ name: 'consent_id', foreignKeyConstraintName: 'consent_version_consent_fk' })
  consent?: ConsentEntity;

  @Column({ type: 'varchar', length: 16 })
  change!: ConsentChange;

  @Column({ type: 'varchar', length: 16 })
  status!: ConsentStatus;

  @Column({ type: 'text', array: true })
  categories!: string[];

  @Column({ type: 'text', array: true })
  purposes!: string[];

  @Column({ type: 'jsonb' })
  recipients!: Recipient[];

  @Column({ name: 'valid_from', type: 'timestamptz', precision: 3 })
  validFrom!: Date;

  @Column({ name: 'valid_to', type: 'timestamptz', precision: 3, nullable: true })
  validTo!: Date | null;

  @Column({ type: 'varchar', length: 16 })
  method!: ConsentMethod;

  @Column({ name: 'withdrawal_reason', type: 'text', nullable: true })
  withdrawalReason!: string | null;

  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy!: string;

  @Column({ name: 'recorded_at', type: 'timestamptz', precision: 3 })
  recordedAt!: Date;
}
