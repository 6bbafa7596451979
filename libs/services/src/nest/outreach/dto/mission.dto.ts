import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import {
  MISSION_STATUSES,
  type Mission,
  type MissionStatus,
} from '../../../domain/outreach/mission';
import { IsTimestamp } from '../../shared/validators';

export class PlanMissionRequestDto {
  @ApiProperty({
    description: 'The ambulant service.',
    format: 'uuid',
    example: '8f14e45f-ceea-4e7a-9c3b-2f1d0a6b7c81',
  })
  @IsUUID()
  serviceId!: string;

  @ApiPropertyOptional({
    description: 'The request the mission answers.',
    format: 'uuid',
    example: 'f6a7b8c9-d0e1-4f2a-9b3c-4d5e6f7a8b9c',
  })
  @IsOptional()
  @IsUUID()
  requestId?: string;

  @ApiPropertyOptional({
    description: 'The client; default the request’s client.',
    format: 'uuid',
    example: '6c0b3f5e-7a53-4a52-9d0b-5f1f2e0c9a11',
  })
  @IsOptional()
  @IsUUID()
  clientId?: string;

  @ApiPropertyOptional({
    description:
      'Ask for two staff although the client record does not require it (a risk not yet recorded). It can only raise the requirement: a client whose record carries a violence-risk flag is never visited alone, whatever is sent here.',
    example: false,
  })
  @IsOptional()
  @IsBoolean()
  twoStaffRequested?: boolean;

  @ApiProperty({ description: 'When the team goes.', example: '2026-11-23T13:00:00+01:00' })
  @IsTimestamp()
  plannedAt!: string;

  @ApiProperty({ description: 'Where.', example: 'Temporary housing, Bølevegen 12' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  location!: string;

  @ApiProperty({
    description: 'Who goes (staff member ids).',
    type: [String],
    format: 'uuid',
    example: ['5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d', '9b8a7f6e-5d4c-4b3a-a291-807f6e5d4c3b'],
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(6)
  @IsUUID('all', { each: true })
  staffIds!: string[];
}

export class CompleteMissionRequestDto {
  @ApiProperty({
    description: 'completed, or cancelled (the request goes back to the queue).',
    enum: ['completed', 'cancelled'],
    example: 'completed',
  })
  @IsIn(['completed', 'cancelled'])
  status!: 'completed' | 'cancelled';

  @ApiProperty({
    description: 'What happened.',
    example: 'Wound dressed, naloxone handed out, follow-up in two days',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  outcome!: string;
}

export class MissionDto {
  @ApiProperty({
    description: 'Mission id.',
    format: 'uuid',
    example: 'a7b8c9d0-e1f2-4a3b-8c4d-5e6f7a8b9c0d',
  })
  id!: string;

  @ApiProperty({
    description: 'The service.',
    format: 'uuid',
    example: '8f14e45f-ceea-4e7a-9c3b-2f1d0a6b7c81',
  })
  serviceId!: string;

  @ApiProperty({
    description: 'The request it answers.',
    format: 'uuid',
    example: null,
    nullable: true,
    type: String,
  })
  requestId!: string | null;

  @ApiProperty({
    description: 'The client.',
    format: 'uuid',
    example: '6c0b3f5e-7a53-4a52-9d0b-5f1f2e0c9a11',
    nullable: true,
    type: String,
  })
  clientId!: string | null;

  @ApiProperty({ description: 'When.', example: '2026-11-23T12:00:00.000Z' })
  plannedAt!: string;

  @ApiProperty({ description: 'Where.', example: 'Temporary housing, Bølevegen 12' })
  location!: string;

  @ApiProperty({
    description: 'Who goes.',
    type: [String],
    example: ['5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d', '9b8a7f6e-5d4c-4b3a-a291-807f6e5d4c3b'],
  })
  staffIds!: string[];

  @ApiProperty({ description: 'Two staff are required (violence-risk flag).', example: true })
  twoStaffRequired!: boolean;

  @ApiProperty({
    description: 'planned, completed or cancelled.',
    enum: MISSION_STATUSES,
    example: 'planned',
  })
  status!: MissionStatus;

  @ApiProperty({ description: 'What happened.', example: null, nullable: true, type: String })
  outcome!: string | null;

  @ApiProperty({
    description: 'Record version; send it as If-Match to complete the mission.',
    example: 1,
  })
  version!: number;

  static from(mission: Mission): MissionDto {
    const {
      id,
      serviceId,
      requestId,
      clientId,
      location,
      twoStaffRequired,
      status,
      outcome,
      version,
    } = mission;
    return {
      id,
      serviceId,
      requestId,
      clientId,
      plannedAt: mission.plannedAt.toISOString(),
      location,
      staffIds: [...mission.staffIds],
      twoStaffRequired,
      status,
      outcome,
      version,
    };
  }
}
