import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { TENANT_ID_CHECK } from '../shared/columns';
import { HandoverNoteEntity } from './handover-note.entity';

/** CL-6: one receipt per reader and note; the key keeps a second confirmation from adding another. */
@Entity({ schema: 'clients', name: 'handover_read_receipt' })
@Check('handover_read_receipt_tenant_id_check', TENANT_ID_CHECK)
export class HandoverReadReceiptEntity {
  @PrimaryColumn({ name: 'note_id', type: 'uuid' })
  noteId!: string;

  @ManyToOne(() => HandoverNoteEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'note_id', foreignKeyConstraintName: 'handover_read_receipt_note_fk' })
  note?: HandoverNoteEntity;

  @PrimaryColumn({ type: 'varchar', length: 200 })
  reader!: string;

  @Column({ name: 'tenant_id', type: 'varchar', length: 4 })
  tenantId!: string;

  @Column({ name: 'read_at', type: 'timestamptz', precision: 3 })
  readAt!: Date;
}
