import { Check, Column, Entity, Index, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { ClientEntity } from '../client/client.entity';
import { TENANT_ID_CHECK } from '../shared/columns';

/** One responsibility group per client (the key is the client's id); members in their own table. */
@Entity({ schema: 'clients', name: 'responsibility_group' })
@Check('responsibility_group_tenant_id_check', TENANT_ID_CHECK)
@Check('responsibility_group_categories_check', `cardinality("categories") > 0`)
@Index('responsibility_group_tenant_id_key', ['tenantId', 'id'], { unique: true })
export class ResponsibilityGroupEntity {
  @PrimaryColumn({
    name: 'client_id',
    type: 'uuid',
    primaryKeyConstraintName: 'responsibility_group_pkey',
  })
  clientId!: string;

  @OneToOne(() => ClientEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'client_id', foreignKeyConstraintName: 'responsibility_group_client_fk' })
  client?: ClientEntity;

  @Column({ type: 'uuid' })
  id!: string;

  @Column({ name: 'tenant_id', type: 'varchar', length: 4 })
  tenantId!: string;

  /** Consent vocabulary category codes. */
  @Column({ type: 'varchar', length: 64, array: true })
  categories!: string[];

  @Column({ type: 'integer' })
  version!: number;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'updated_by', type: 'varchar', length: 200 })
  updatedBy!: string;

  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}
