import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { TENANT_CHECK } from './columns';

@Entity({ schema: 'crisis', name: 'notice' })
@Check('notice_tenant_id_check', TENANT_CHECK)
@Index('notice_tenant_published_idx', ['tenantId', 'publishedAt', 'id'])
// The reminder worker looks across municipalities for passed deadlines: a small partial index.
@Index('notice_reminders_due_idx', ['acknowledgeBy'], { where: '"reminders_created_at" IS NULL' })
export class NoticeEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'tenant_id', type: 'varchar', length: 4 })
  tenantId!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ name: 'source_url', type: 'text' })
  sourceUrl!: string;

  @Column({ name: 'effective_from', type: 'timestamptz', precision: 3 })
  effectiveFrom!: Date;

  @Column({ name: 'acknowledge_by', type: 'timestamptz', precision: 3 })
  acknowledgeBy!: Date;

  @Column({ name: 'published_by', type: 'text' })
  publishedBy!: string;

  @Column({ name: 'published_at', type: 'timestamptz', precision: 3 })
  publishedAt!: Date;

  @Column({ name: 'reminders_created_at', type: 'timestamptz', precision: 3, nullable: true })
  remindersCreatedAt!: Date | null;
}
