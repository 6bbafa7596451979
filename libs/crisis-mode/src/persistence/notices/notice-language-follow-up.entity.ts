import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { TENANT_CHECK } from './columns';
import { NoticeEntity } from './notice.entity';

/** That a client got a language follow-up task for a notice: the key that makes it once. */
@Entity({ schema: 'crisis', name: 'notice_language_follow_up' })
@Check('notice_language_follow_up_tenant_id_check', TENANT_CHECK)
export class NoticeLanguageFollowUpEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'varchar', length: 4 })
  tenantId!: string;

  @PrimaryColumn({ name: 'notice_id', type: 'uuid' })
  noticeId!: string;

  @ManyToOne(() => NoticeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'notice_id',
    foreignKeyConstraintName: 'notice_language_follow_up_notice_fk',
  })
  notice?: NoticeEntity;

  /** A client of the clients library: by id, no foreign key across schemas. */
  @PrimaryColumn({ name: 'client_id', type: 'uuid' })
  clientId!: string;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
