import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { TENANT_CHECK } from '../shared/columns';

@Entity({ schema: 'services', name: 'team' })
@Check('team_tenant_id_check', TENANT_CHECK)
@Index('team_tenant_name_key', ['tenantId', 'name'], { unique: true })
export class TeamEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'tenant_id', type: 'varchar', length: 4 })
  tenantId!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
