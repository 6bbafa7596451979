import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ArrangementEntity } from './arrangement.entity';

/** One slot of the weekly schedule, as stored in `activity_group.schedule`. */
export interface ScheduleSlotJson {
  weekday: string;
  startTime: string;
  durationMinutes: number;
  maxCohorts: number;
}

/** A group activity (GR-1). Its row is the lock every seat change takes. */
@Entity({ schema: 'groups', name: 'activity_group' })
@Check('activity_group_tenant_id_check', `"tenant_id" ~ '^[0-9]{4}$'`)
@Check('activity_group_location_kind_check', `"location_kind" IN ('indoor', 'outdoor', 'online')`)
@Check('activity_group_capacity_check', `"capacity" >= 1`)
@Index('activity_group_tenant_name_idx', ['tenantId', 'name', 'id'])
@Index('activity_group_tenant_service_idx', ['tenantId', 'serviceId'])
@Index('activity_group_tenant_arrangement_idx', ['tenantId', 'activeArrangementId'])
export class GroupEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'tenant_id', type: 'varchar', length: 4 })
  tenantId!: string;

  /** The owning service (services library); an id only, no foreign key across schemas. */
  @Column({ name: 'service_id', type: 'uuid' })
  serviceId!: string;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ name: 'location_kind', type: 'varchar', length: 8 })
  locationKind!: string;

  @Column({ type: 'integer' })
  capacity!: number;

  @Column({ type: 'jsonb' })
  schedule!: ScheduleSlotJson[];

  @Column({ name: 'active_arrangement_id', type: 'uuid', nullable: true })
  activeArrangementId!: string | null;

  @ManyToOne(() => ArrangementEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'active_arrangement_id',
    foreignKeyConstraintName: 'activity_group_arrangement_fk',
  })
  activeArrangement?: ArrangementEntity;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}
