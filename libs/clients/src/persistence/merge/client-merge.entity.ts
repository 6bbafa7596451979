import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { ClientMergeReceipt } from '@lavterskel/kernel';
import { ClientEntity } from '../client/client.entity';
import { TENANT_ID_CHECK } from '../shared/columns';

/**
 * A pseudonymous client merged into an identified one (CL-1), with every library's receipt of
 * the rows it moved, so that the merge can be reversed exactly. A client stands merged at most
 * once at a time; a reversed merge stays as history.
 */
@Entity({ schema: 'clients', name: 'client_merge' })
@Check('client_merge_tenant_id_check', TENANT_ID_CHECK)
@Check('client_merge_distinct_check', `"merged_client_id" <> "survivor_id"`)
@Check(
  'client_merge_reversal_check',
  `("reversed_at" IS NULL AND "reversed_by" IS NULL AND "reversal_reason" IS NULL) OR ("reversed_at" IS NOT NULL AND "reversed_by" IS NOT NULL AND "reversal_reason" IS NOT NULL)`,
)
@Index('client_merge_standing_key', ['tenantId', 'mergedClientId'], {
  unique: true,
  where: `"reversed_at" IS NULL`,
})
@Index('client_merge_tenant_survivor_idx', ['tenantId', 'survivorId'])
export class ClientMergeEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'client_merge_pkey' })
  id!: string;

  @Column({ name: 'tenant_id', type: 'varchar', length: 4 })
  tenantId!: string;

  @Column({ name: 'merged_client_id', type: 'uuid' })
  mergedClientId!: string;

  @ManyToOne(() => ClientEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'merged_client_id',
    foreignKeyConstraintName: 'client_merge_merged_client_fk',
  })
  mergedClient?: ClientEntity;

  @Column({ name: 'survivor_id', type: 'uuid' })
  survivorId!: string;

  @ManyToOne(() => ClientEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'survivor_id', foreignKeyConstraintName: 'client_merge_survivor_fk' })
  survivor?: ClientEntity;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ name: 'merged_by', type: 'varchar', length: 200 })
  mergedBy!: string;

  @Column({ name: 'merged_at', type: 'timestamptz', precision: 3 })
  mergedAt!: Date;

  @Column({ type: 'jsonb' })
  receipts!: ClientMergeReceipt[];

  @Column({ name: 'reversed_by', type: 'varchar', length: 200, nullable: true })
  reversedBy!: string | null;

  @Column({ name: 'reversed_at', type: 'timestamptz', precision: 3, nullable: true })
  reversedAt!: Date | null;

  @Column({ name: 'reversal_reason', type: 'text', nullable: true })
  reversalReason!: string | null;
}
