import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { CLIENT_STATUSES } from '../../domain/client/client-status';
import type { ContactChannel } from '../../domain/client/client';
import { TENANT_ID_CHECK, oneOf } from '../shared/columns';

/** The client register (CL-1, CL-3, CL-4). One national id per municipality. */
@Entity({ schema: 'clients', name: 'client' })
@Check('client_tenant_id_check', TENANT_ID_CHECK)
@Check('client_status_check', oneOf('status', CLIENT_STATUSES))
@Check('client_national_id_check', `"national_id" ~ '^[0-9]{11}$'`)
@Check(
  'client_identified_check',
  `"national_id" IS NOT NULL OR ("alias" IS NOT NULL AND "birth_year" IS NOT NULL)`,
)
@Check('client_backup_contact_check', `"backup_contact" <> "primary_contact"`)
@Index('client_tenant_national_id_key', ['tenantId', 'nationalId'], {
  unique: true,
  where: `"national_id" IS NOT NULL`,
})
@Index('client_tenant_application_key', ['tenantId', 'applicationId'], {
  unique: true,
  where: `"application_id" IS NOT NULL`,
})
@Index('client_tenant_sort_name_idx', ['tenantId', 'sortName', 'id'])
@Index('client_tenant_primary_contact_idx', ['tenantId', 'primaryContact'])
@Index('client_tenant_backup_contact_idx', ['tenantId', 'backupContact'])
@Index('client_tenant_status_idx', ['tenantId', 'status', 'id'])
export class ClientEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'tenant_id', type: 'varchar', length: 4 })
  tenantId!: string;

  @Column({ name: 'national_id', type: 'varchar', length: 11, nullable: true })
  nationalId!: string | null;

  @Column({ name: 'national_id_kind', type: 'varchar', length: 16, nullable: true })
  nationalIdKind!: string | null;

  @Column({ name: 'given_name', type: 'varchar', length: 100, nullable: true })
  givenName!: string | null;

  @Column({ name: 'family_name', type: 'varchar', length: 100, nullable: true })
  familyName!: string | null;

  @Column({ type: 'varchar', length: 60, nullable: true })
  alias!: string | null;

  @Column({ name: 'birth_year', type: 'smallint', nullable: true })
  birthYear!: number | null;

  @Column({ name: 'birth_date', type: 'date', nullable: true })
  birthDate!: string | null;

  @Column({ name: 'contact_channels', type: 'jsonb' })
  contactChannels!: ContactChannel[];

  @Column({ name: 'preferred_language', type: 'varchar', length: 35, nullable: true })
  preferredLanguage!: string | null;

  @Column({ name: 'interpreter_needed', type: 'boolean' })
  interpreterNeeded!: boolean;

  @Column({ type: 'varchar', length: 16 })
  status!: string;

  @Column({ name: 'primary_contact', type: 'varchar', length: 200 })
  primaryContact!: string;

  @Column({ name: 'backup_contact', type: 'varchar', length: 200, nullable: true })
  backupContact!: string | null;

  @Column({ name: 'application_id', type: 'uuid', nullable: true })
  applicationId!: string | null;

  /** Lower-case family name, else alias, else given name: the order of lists. */
  @Column({ name: 'sort_name', type: 'varchar', length: 100 })
  sortName!: string;

  /** ` given family alias`, lower case, each word after a space: word-prefix search with LIKE. */
  @Column({ name: 'search_text', type: 'text' })
  searchText!: string;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}
