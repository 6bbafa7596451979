import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import type {
  MeetingMinutesEntry,
  MeetingPlanEntry,
} from '../../../domain/responsibility-group/meeting-rules';
import {
  MAX_MEETING_ITEMS,
  MAX_MEETING_TEXT_LENGTH,
  MEETING_CHANNELS,
  type MeetingChannel,
} from '../../../domain/responsibility-group/responsibility-group-meeting';
import { MAX_GROUP_MEMBERS } from '../../../domain/responsibility-group/responsibility-group';
import { EXAMPLE_MEMBER_IDS } from './responsibility-group-examples';

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A meeting of the group to plan. */
export class PlanGroupMeetingRequestDto {
  @ApiProperty({
    description: 'When it is to be held (ISO 8601 with offset).',
    example: '2026-12-10T13:00:00+01:00',
  })
  @IsISO8601({ strict: true })
  scheduledAt!: string;

  @ApiProperty({
    description: 'How it is held: at the office, on video, by phone, or outdoors.',
    enum: MEETING_CHANNELS,
    example: 'video',
  })
  @IsIn(MEETING_CHANNELS)
  channel!: MeetingChannel;

  @ApiProperty({
    description: 'Where, or how to join; null when not set.',
    type: String,
    nullable: true,
    maxLength: MAX_MEETING_TEXT_LENGTH,
    example: 'Video link sent by e-mail to the members',
  })
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @MaxLength(MAX_MEETING_TEXT_LENGTH)
  location!: string | null;

  entry(): MeetingPlanEntry {
    return {
      scheduledAt: new Date(this.scheduledAt),
      channel: this.channel,
      location: this.location,
    };
  }
}

export class MeetingDecisionRequestDto {
  @ApiProperty({
    description: 'What was decided.',
    maxLength: MAX_MEETING_TEXT_LENGTH,
    example: 'Start a job trial through NAV in January',
  })
  @IsString()
  @MaxLength(MAX_MEETING_TEXT_LENGTH)
  text!: string;
}

export class FollowUpItemRequestDto {
  @ApiProperty({
    description: 'What is to be done.',
    maxLength: MAX_MEETING_TEXT_LENGTH,
    example: 'Send the application for the job trial',
  })
  @IsString()
  @MaxLength(MAX_MEETING_TEXT_LENGTH)
  text!: string;

  @ApiProperty({
    description: 'The member responsible (membership id), in the group on the day.',
    format: 'uuid',
    example: EXAMPLE_MEMBER_IDS.staff,
  })
  @IsUUID()
  responsibleMemberId!: string;

  @ApiProperty({ description: 'Due on this Oslo day.', example: '2026-12-15' })
  @Matches(CALENDAR_DATE, { message: '$property must be a date, YYYY-MM-DD' })
  due!: string;
}

/** The minutes of a held meeting. */
export class RecordGroupMeetingRequestDto {
  @ApiProperty({
    description: 'When it was held (ISO 8601 with offset); not in the future.',
    example: '2026-11-20T09:00:00+01:00',
  })
  @IsISO8601({ strict: true })
  heldAt!: string;

  @ApiPropertyOptional({
    description: 'How it was held, when not as planned.',
    enum: MEETING_CHANNELS,
    example: 'video',
  })
  @IsOptional()
  @IsIn(MEETING_CHANNELS)
  channel?: MeetingChannel;

  @ApiProperty({
    description: 'The members who attended (membership ids), each in the group on the day.',
    type: [String],
    format: 'uuid',
    maxItems: MAX_GROUP_MEMBERS,
    example: [EXAMPLE_MEMBER_IDS.staff, EXAMPLE_MEMBER_IDS.external, EXAMPLE_MEMBER_IDS.client],
  })
  @IsArray()
  @ArrayMaxSize(MAX_GROUP_MEMBERS)
  @IsUUID('all', { each: true })
  attendeeMemberIds!: string[];

  @ApiProperty({
    description: 'What was decided.',
    type: [MeetingDecisionRequestDto],
    maxItems: MAX_MEETING_ITEMS,
  })
  @IsArray()
  @ArrayMaxSize(MAX_MEETING_ITEMS)
  @ValidateNested({ each: true })
  @Type(() => MeetingDecisionRequestDto)
  decisions!: MeetingDecisionRequestDto[];

  @ApiProperty({
    description: 'What is to be done, by whom, by when.',
    type: [FollowUpItemRequestDto],
    maxItems: MAX_MEETING_ITEMS,
  })
  @IsArray()
  @ArrayMaxSize(MAX_MEETING_ITEMS)
  @ValidateNested({ each: true })
  @Type(() => FollowUpItemRequestDto)
  followUps!: FollowUpItemRequestDto[];

  @ApiProperty({
    description: 'The next meeting, planned at this one; null when not yet set.',
    type: PlanGroupMeetingRequestDto,
    nullable: true,
    example: {
      scheduledAt: '2027-01-20T10:00:00+01:00',
      channel: 'office',
      location: 'Rådhusgata 7, møterom 2',
    },
  })
  @ValidateIf((_, value) => value !== null)
  @ValidateNested()
  @Type(() => PlanGroupMeetingRequestDto)
  nextMeeting!: PlanGroupMeetingRequestDto | null;

  entry(): MeetingMinutesEntry {
    return {
      heldAt: new Date(this.heldAt),
      channel: this.channel,
      attendeeMemberIds: this.attendeeMemberIds,
      decisions: this.decisions,
      followUps: this.followUps,
      nextMeeting: this.nextMeeting ? this.nextMeeting.entry() : null,
    };
  }
}
