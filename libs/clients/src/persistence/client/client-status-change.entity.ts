import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CLIENT_STATUSES } from '../../domain/client/client-status';
import { TENANT_ID_CHECK, oneOf } from '../shared/columns';
import { ClientEntity } from './client.entity';

/** CL-3: every status a client has had, append-only. */
@Entity({ schema: 'clients', name: 'client_status_change' })
@Check('client_status_change_tenant_id_check', TENANT_ID_CHECK)
@Check('client_status_change_to_status_check', oneOf('to_status', CLIENT_STATUSES))
@Index('client_status_change_tenant_client_idx', ['tenantId', 'clientId', 'changedAt', 'id'])
export class ClientStatusChangeEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'tenant_id', type: 'varchar', length: 4 })
  tenantId!: string;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId!: string;

  @ManyToOne(() => ClientEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'client_id', foreignKeyConstraintName: 'client_status_change_client_fk' })
  client?: ClientEntity;

  @Column({ name: 'from_status', type: 'varchar', length: 16, nullable: true })
  fromStatus!: string | null;

  @Column({ name: 'to_status', type: 'varchar', length: 16 })
  toStatus!: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  reason!: string | null;

  @Column({ name: 'changed_by', type: 'varchar', length: 200 })
  changedBy!: string;

  @Column({ name: 'changed_at', type: 'timestamptz', precision: 3 })
  changedAt!: Date;
}
