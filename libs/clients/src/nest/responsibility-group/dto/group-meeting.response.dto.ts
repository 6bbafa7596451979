import { ApiProperty } from '@nestjs/swagger';
import {
  MEETING_CHANNELS,
  MEETING_STATUSES,
  type GroupMeeting,
  type MeetingChannel,
  type MeetingMinutes,
  type MeetingStatus,
} from '../../../domain/responsibility-group/responsibility-group-meeting';
import { EXAMPLE_MEMBER_IDS } from './responsibility-group-examples';

export class MeetingDecisionDto {
  @ApiProperty({
    description: 'Id of the decision.',
    format: 'uuid',
    example: '7a8b9c0d-1e2f-4a3b-9c5d-6e7f8a9b0c1d',
  })
  id!: string;

  @ApiProperty({
    description: 'What was decided.',
    example: 'Start a job trial through NAV in January',
  })
  text!: string;
}

export class FollowUpItemDto {
  @ApiProperty({
    description: 'Id of the item.',
    format: 'uuid',
    example: '8b9c0d1e-2f3a-4b4c-8d6e-7f8a9b0c1d2e',
  })
  id!: string;

  @ApiProperty({
    description: 'What is to be done.',
    example: 'Send the application for the job trial',
  })
  text!: string;

  @ApiProperty({
    description: 'The member responsible (membership id).',
    format: 'uuid',
    example: EXAMPLE_MEMBER_IDS.staff,
  })
  responsibleMemberId!: string;

  @ApiProperty({ description: 'Due on this Oslo day.', example: '2026-12-15' })
  due!: string;
}

export class MeetingMinutesDto {
  @ApiProperty({ description: 'When it was held.', example: '2026-11-20T08:00:00.000Z' })
  heldAt!: string;

  @ApiProperty({
    description: 'The members who attended (membership ids).',
    type: [String],
    format: 'uuid',
    example: [EXAMPLE_MEMBER_IDS.staff, EXAMPLE_MEMBER_IDS.external],
  })
  attendeeMemberIds!: string[];

  @ApiProperty({ description: 'What was decided.', type: [MeetingDecisionDto] })
  decisions!: MeetingDecisionDto[];

  @ApiProperty({ description: 'What is to be done, by whom, by when.', type: [FollowUpItemDto] })
  followUps!: FollowUpItemDto[];

  @ApiProperty({
    description: 'The meeting planned at this one; null when none.',
    type: String,
    format: 'uuid',
    nullable: true,
    example: '9c0d1e2f-3a4b-4c5d-9e7f-8a9b0c1d2e3f',
  })
  nextMeetingId!: string | null;

  @ApiProperty({ description: 'Who recorded it (token subject).', example: 'nurse-anne' })
  recordedBy!: string;

  @ApiProperty({ description: 'When it was recorded.', example: '2026-11-23T09:00:00.000Z' })
  recordedAt!: string;

  static from(minutes: MeetingMinutes): MeetingMinutesDto {
    return {
      heldAt: minutes.heldAt.toISOString(),
      attendeeMemberIds: [...minutes.attendeeMemberIds],
      decisions: minutes.decisions.map((decision) => ({ ...decision })),
      followUps: minutes.followUps.map((item) => ({ ...item })),
      nextMeetingId: minutes.nextMeetingId,
      recordedBy: minutes.recordedBy,
      recordedAt: minutes.recordedAt.toISOString(),
    };
  }
}

/** A meeting of the responsibility group, planned or held. */
export class GroupMeetingDto {
  @ApiProperty({
    description: 'Id of the meeting.',
    format: 'uuid',
    example: '0d1e2f3a-4b5c-4d6e-8f8a-9b0c1d2e3f4a',
  })
  id!: string;

  @ApiProperty({
    description: 'The client.',
    format: 'uuid',
    example: '0b6c1f0e-5a0a-4f57-9c53-3d1b0a7e6c11',
  })
  clientId!: string;

  @ApiProperty({ description: 'Planned, or held.', enum: MEETING_STATUSES, example: 'planned' })
  status!: MeetingStatus;

  @ApiProperty({ description: 'When it is (was) to be held.', example: '2026-12-10T12:00:00.000Z' })
  scheduledAt!: string;

  @ApiProperty({ description: 'How it is held.', enum: MEETING_CHANNELS, example: 'video' })
  channel!: MeetingChannel;

  @ApiProperty({
    description: 'Where, or how to join; null when not set.',
    type: String,
    nullable: true,
    example: 'Video link sent by e-mail to the members',
  })
  location!: string | null;

  @ApiProperty({ description: 'Who planned it (token subject).', example: 'nurse-anne' })
  plannedBy!: string;

  @ApiProperty({ description: 'When it was planned.', example: '2026-11-23T09:00:00.000Z' })
  plannedAt!: string;

  @ApiProperty({
    description: 'The minutes once held; null while planned.',
    type: MeetingMinutesDto,
    nullable: true,
  })
  minutes!: MeetingMinutesDto | null;

  static from(meeting: GroupMeeting): GroupMeetingDto {
    return {
      id: meeting.id,
      clientId: meeting.clientId,
      status: meeting.status,
      scheduledAt: meeting.scheduledAt.toISOString(),
      channel: meeting.channel,
      location: meeting.location,
      plannedBy: meeting.plannedBy,
      plannedAt: meeting.plannedAt.toISOString(),
      minutes: meeting.minutes ? MeetingMinutesDto.from(meeting.minutes) : null,
    };
  }
}

export class GroupMeetingListDto {
  @ApiProperty({
    description: 'Every meeting of the group, latest scheduled first.',
    type: [GroupMeetingDto],
  })
  items!: GroupMeetingDto[];
}
