import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { RELATIONSHIPS, RELATIVE_ROLES } from '../../domain/relative/relative';
import { ClientEntity } from '../client/client.entity';
import { TENANT_ID_CHECK, allOf, oneOf } from '../shared/columns';

/** CL-9: relatives and trusted persons of a client. */
@Entity({ schema: 'clients', name: 'relative' })
@Check('relative_tenant_id_check', TENANT_ID_CHECK)
@Check('relative_relationship_check', oneOf('relationship', RELATIONSHIPS))
@Check('relative_roles_check', allOf('roles', RELATIVE_ROLES))
@Index('relative_tenant_client_idx', ['tenantId', 'clientId'])
export class RelativeEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'tenant_id', type: 'varchar', length: 4 })
  tenantId!: string;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId!: string;

  @ManyToOne(() => ClientEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'client_id', foreignKeyConstraintName: 'relative_client_fk' })
  client?: ClientEntity;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'varchar', length: 32 })
  relationship!: string;

  @Column({ type: 'varchar', length: 32, array: true })
  roles!: string[];

  @Column({ type: 'varchar', length: 30, nullable: true })
  phone!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  email!: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note!: string | null;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ name: 'updated_by', type: 'varchar', length: 200 })
  updatedBy!: string;

  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}
