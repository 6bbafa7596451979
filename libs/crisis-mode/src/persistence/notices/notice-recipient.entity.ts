import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { TENANT_CHECK } from './columns';
import { NoticeEntity } from './notice.entity';

@Entity({ schema: 'crisis', name: 'notice_recipient' })
@Check('notice_recipient_tenant_id_check', TENANT_CHECK)
@Check('notice_recipient_kind_check', `"kind" IN ('service', 'partner')`)
@Check(
  'notice_recipient_acknowledged_check',
  `("acknowledged_at" IS NULL) = ("acknowledged_by" IS NULL)`,
)
@Index('notice_recipient_unacknowledged_idx', ['tenantId', 'noticeId', 'name', 'recipientId'], {
  where: '"acknowledged_at" IS NULL',
})
export class NoticeRecipientEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'varchar', length: 4 })
  tenantId!: string;

  @PrimaryColumn({ name: 'notice_id', type: 'uuid' })
  noticeId!: string;

  @ManyToOne(() => NoticeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'notice_id', foreignKeyConstraintName: 'notice_recipient_notice_fk' })
  notice?: NoticeEntity;

  @PrimaryColumn({ type: 'varchar', length: 8 })
  kind!: string;

  @PrimaryColumn({ name: 'recipient_id', type: 'uuid' })
  recipientId!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'team_id', type: 'uuid', nullable: true })
  teamId!: string | null;

  @Column({ name: 'acknowledged_at', type: 'timestamptz', precision: 3, nullable: true })
  acknowledgedAt!: Date | null;

  @Column({ name: 'acknowledged_by', type: 'text', nullable: true })
  acknowledgedBy!: string | null;
}
