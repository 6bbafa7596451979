import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import {
  MEETING_CHANNELS,
  MEETING_STATUSES,
  type FollowUpItem,
  type MeetingDecision,
} from '../../domain/responsibility-group/responsibility-group-meeting';
import { TENANT_ID_CHECK, oneOf } from '../shared/columns';
import { ResponsibilityGroupEntity } from './responsibility-group.entity';

/** A meeting of a responsibility group: planned, then held with its minutes. */
@Entity({ schema: 'clients', name: 'responsibility_group_meeting' })
@Check('responsibility_group_meeting_tenant_id_check', TENANT_ID_CHECK)
@Check('responsibility_group_meeting_status_check', oneOf('status', MEETING_STATUSES))
@Check('responsibility_group_meeting_channel_check', oneOf('channel', MEETING_CHANNELS))
@Check(
  'responsibility_group_meeting_minutes_check',
  `("status" = 'held') = ("held_at" IS NOT NULL AND "recorded_by" IS NOT NULL AND "recorded_at" IS NOT NULL AND "attendee_member_ids" IS NOT NULL AND "decisions" IS NOT NULL AND "follow_ups" IS NOT NULL)`,
)
@Index('responsibility_group_meeting_group_idx', ['tenantId', 'clientId', 'scheduledAt'])
export class ResponsibilityGroupMeetingEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'responsibility_group_meeting_pkey' })
  id!: string;

  @Column({ name: 'tenant_id', type: 'varchar', length: 4 })
  tenantId!: string;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId!: string;

  @ManyToOne(() => ResponsibilityGroupEntity, { onDelete: 'RESTRICT', onUpdate: 'CASCADE' })
  @JoinColumn({
    name: 'client_id',
    referencedColumnName: 'clientId',
    foreignKeyConstraintName: 'responsibility_group_meeting_group_fk',
  })
  group?: ResponsibilityGroupEntity;

  @Column({ type: 'varchar', length: 16 })
  status!: string;

  @Column({ name: 'scheduled_at', type: 'timestamptz', precision: 3 })
  scheduledAt!: Date;

  @Column({ type: 'varchar', length: 16 })
  channel!: string;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  location!: string | null;

  @Column({ name: 'planned_by', type: 'varchar', length: 200 })
  plannedBy!: string;

  @Column({ name: 'planned_at', type: 'timestamptz', precision: 3 })
  plannedAt!: Date;

  @Column({ name: 'held_at', type: 'timestamptz', precision: 3, nullable: true })
  heldAt!: Date | null;

  @Column({ name: 'attendee_member_ids', type: 'uuid', array: true, nullable: true })
  attendeeMemberIds!: string[] | null;

  /** External attendees with no permitting decision at the recording (null for older minutes). */
  @Column({
    name: 'unconsented_attendee_member_ids',
    type: 'uuid',
    array: true,
    nullable: true,
  })
  unconsentedAttendeeMemberIds!: string[] | null;

  @Column({ type: 'jsonb', nullable: true })
  decisions!: MeetingDecision[] | null;

  @Column({ name: 'follow_ups', type: 'jsonb', nullable: true })
  followUps!: FollowUpItem[] | null;

  /** The meeting planned at this one. */
  @Column({ name: 'next_meeting_id', type: 'uuid', nullable: true })
  nextMeetingId!: string | null;

  @Column({ name: 'recorded_by', type: 'varchar', length: 200, nullable: true })
  recordedBy!: string | null;

  @Column({ name: 'recorded_at', type: 'timestamptz', precision: 3, nullable: true })
  recordedAt!: Date | null;
}
