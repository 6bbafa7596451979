import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  Unique,
} from 'typeorm';
import { SessionEntity } from './session.entity';

/** Whether a client came to a session; exposure queries (GR-6) read `present` rows. */
@Entity({ schema: 'groups', name: 'attendance' })
@Check('attendance_tenant_id_check', `"tenant_id" ~ '^[0-9]{4}$'`)
@Check('attendance_status_check', `"status" IN ('present', 'absent', 'cancelled')`)
@Unique('attendance_tenant_session_client_uq', ['tenantId', 'sessionId', 'clientId'])
@Index('attendance_tenant_client_status_idx', ['tenantId', 'clientId', 'status'])
export class AttendanceEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'tenant_id', type: 'varchar', length: 4 })
  tenantId!: string;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId!: string;

  @ManyToOne(() => SessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'attendance_session_fk' })
  session?: SessionEntity;

  @Column({ name: 'group_id', type: 'uuid' })
  groupId!: string;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId!: string;

  @Column({ type: 'varchar', length: 10 })
  status!: string;

  @Column({ name: 'recorded_at', type: 'timestamptz', precision: 3 })
  recordedAt!: Date;

  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy!: string;

  @Column({ type: 'integer' })
  version!: number;
}
