import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { TENANT_CHECK } from '../shared/columns';

@Entity({ schema: 'services', name: 'partner' })
@Check('partner_tenant_id_check', TENANT_CHECK)
@Check(
  'partner_kind_check',
  `"kind" IN ('ngo', 'dps', 'tsb', 'nav', 'pharmacy', 'gp', 'housing', 'other')`,
)
@Index('partner_tenant_name_key', ['tenantId', 'name'], { unique: true })
@Index('partner_tenant_kind_idx', ['tenantId', 'kind', 'name'])
export class PartnerEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'tenant_id', type: 'varchar', length: 4 })
  tenantId!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: string;

  @Column({ name: 'organisation_number', type: 'char', length: 9, nullable: true })
  organisationNumber!: string | null;

  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
