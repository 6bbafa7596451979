import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { TENANT_CHECK } from '../shared/columns';

@Entity({ schema: 'services', name: 'staff_member' })
@Check('staff_member_tenant_id_check', TENANT_CHECK)
@Index('staff_member_tenant_subject_key', ['tenantId', 'subject'], {
  unique: true,
  where: '"subject" IS NOT NULL',
})
@Index('staff_member_tenant_name_idx', ['tenantId', 'name'])
export class StaffMemberEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'tenant_id', type: 'varchar', length: 4 })
  tenantId!: string;

  @Column({ type: 'text', nullable: true })
  subject!: string | null;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', nullable: true })
  profession!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
