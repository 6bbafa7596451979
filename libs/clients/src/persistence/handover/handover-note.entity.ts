import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ClientEntity } from '../client/client.entity';
import { TENANT_ID_CHECK } from '../shared/columns';

/** CL-6: notes from one shift to the next, append-only. */
@Entity({ schema: 'clients', name: 'handover_note' })
@Check('handover_note_tenant_id_check', TENANT_ID_CHECK)
@Index('handover_note_tenant_client_time_idx', ['tenantId', 'clientId', 'writtenAt', 'id'])
export class HandoverNoteEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'tenant_id', type: 'varchar', length: 4 })
  tenantId!: string;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId!: string;

  @ManyToOne(() => ClientEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'client_id', foreignKeyConstraintName: 'handover_note_client_fk' })
  client?: ClientEntity;

  @Column({ type: 'varchar', length: 4000 })
  text!: string;

  @Column({ name: 'written_by', type: 'varchar', length: 200 })
  writtenBy!: string;

  @Column({ name: 'written_at', type: 'timestamptz', precision: 3 })
  writtenAt!: Date;
}
