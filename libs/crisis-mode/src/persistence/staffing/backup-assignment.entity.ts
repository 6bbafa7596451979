import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A staff member assigned as back-up to a critical service for a period (CR-5). */
@Entity({ schema: 'crisis', name: 'backup_assignments' })
@Check('backup_assignments_tenant_id_check', `"tenant_id" ~ '^[0-9]{4}$'`)
@Check('backup_assignments_period_check', `"to_date" >= "from_date"`)
@Check('backup_assignments_ended_check', `("ended_at" IS NULL) = ("ended_by" IS NULL)`)
// The staffing report: assignments whose period covers a day.
@Index('backup_assignments_tenant_period_idx', ['tenantId', 'fromDate', 'toDate'])
// The list, newest first.
@Index('backup_assignments_tenant_assigned_idx', ['tenantId', 'assignedAt', 'id'])
export class BackupAssignmentEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'varchar', length: 4 })
  tenantId!: string;

  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  /** The services library's service (by id only: no foreign key across schemas). */
  @Column({ name: 'service_id', type: 'uuid' })
  serviceId!: string;

  @Column({ name: 'staff_id', type: 'uuid' })
  staffId!: string;

  @Column({ type: 'text' })
  competency!: string;

  @Column({ name: 'from_date', type: 'date' })
  fromDate!: string;

  @Column({ name: 'to_date', type: 'date' })
  toDate!: string;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ name: 'assigned_by', type: 'text' })
  assignedBy!: string;

  @Column({ name: 'assigned_at', type: 'timestamptz', precision: 3 })
  assignedAt!: Date;

  @Column({ name: 'ended_at', type: 'timestamptz', precision: 3, nullable: true })
  endedAt!: Date | null;

  @Column({ name: 'ended_by', type: 'text', nullable: true })
  endedBy!: string | null;
}
