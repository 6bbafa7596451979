import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { TeamEntity } from '../catalogue/team.entity';
import { TENANT_CHECK } from '../shared/columns';
import { StaffMemberEntity } from './staff-member.entity';

@Entity({ schema: 'services', name: 'team_membership' })
@Check('team_membership_tenant_id_check', TENANT_CHECK)
@Check('team_membership_period_check', `"left_on" IS NULL OR "left_on" >= "joined_on"`)
@Index('team_membership_open_key', ['tenantId', 'teamId', 'staffId'], {
  unique: true,
  where: '"left_on" IS NULL',
})
@Index('team_membership_tenant_staff_idx', ['tenantId', 'staffId'])
export class TeamMembershipEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'tenant_id', type: 'varchar', length: 4 })
  tenantId!: string;

  @Column({ name: 'team_id', type: 'uuid' })
  teamId!: string;

  @ManyToOne(() => TeamEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'team_id' })
  team?: TeamEntity;

  @Column({ name: 'staff_id', type: 'uuid' })
  staffId!: string;

  @ManyToOne(() => StaffMemberEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'staff_id' })
  staff?: StaffMemberEntity;

  @Column({ name: 'joined_on', type: 'date' })
  joinedOn!: string;

  @Column({ name: 'left_on', type: 'date', nullable: true })
  leftOn!: string | null;
}
