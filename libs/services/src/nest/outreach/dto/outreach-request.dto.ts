import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageOf, PageQueryDto } from '@lavterskel/kernel/nest';
import {
  REQUEST_CHANNELS,
  REQUEST_STATUSES,
  type OutreachRequest,
  type RequestChannel,
  type RequestStatus,
} from '../../../domain/outreach/outreach-request';
import { IsTimestamp } from '../../shared/validators';

export class RegisterOutreachRequestDto {
  @ApiProperty({
    description: 'The ambulant service asked to come out.',
    format: 'uuid',
    example: '8f14e45f-ceea-4e7a-9c3b-2f1d0a6b7c81',
  })
  @IsUUID()
  serviceId!: string;

  @ApiPropertyOptional({
    description: 'The client, when known.',
    format: 'uuid',
    example: '6c0b3f5e-7a53-4a52-9d0b-5f1f2e0c9a11',
  })
  @IsOptional()
  @IsUUID()
  clientId?: string;

  @ApiProperty({
    description: 'How the request came in.',
    enum: REQUEST_CHANNELS,
    example: 'phone',
  })
  @IsIn(REQUEST_CHANNELS)
  channel!: RequestChannel;

  @ApiPropertyOptional({
    description: 'When it came in; default now.',
    example: '2026-11-23T09:40:00+01:00',
  })
  @IsOptional()
  @IsTimestamp()
  receivedAt?: string;

  @ApiProperty({ description: 'Where to come.', example: 'Temporary housing, Bølevegen 12' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  location!: string;

  @ApiProperty({ description: 'What is needed.', example: 'Wound care and clean equipment' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  need!: string;
}

export class ListOutreachRequestsQueryDto extends PageQueryDto {
  @ApiProperty({
    description: 'The service whose queue to list.',
    format: 'uuid',
    example: '8f14e45f-ceea-4e7a-9c3b-2f1d0a6b7c81',
  })
  @IsUUID()
  serviceId!: string;

  @ApiPropertyOptional({
    description: 'Only requests in this status.',
    enum: REQUEST_STATUSES,
    example: 'open',
  })
  @IsOptional()
  @IsIn(REQUEST_STATUSES)
  status?: RequestStatus;
}

export class OutreachRequestDto {
  @ApiProperty({
    description: 'Request id.',
    format: 'uuid',
    example: 'f6a7b8c9-d0e1-4f2a-9b3c-4d5e6f7a8b9c',
  })
  id!: string;

  @ApiProperty({
    description: 'The service.',
    format: 'uuid',
    example: '8f14e45f-ceea-4e7a-9c3b-2f1d0a6b7c81',
  })
  serviceId!: string;

  @ApiProperty({
    description: 'The client, when known.',
    format: 'uuid',
    example: null,
    nullable: true,
    type: String,
  })
  clientId!: string | null;

  @ApiProperty({ description: 'How it came in.', enum: REQUEST_CHANNELS, example: 'phone' })
  channel!: RequestChannel;

  @ApiProperty({ description: 'When.', example: '2026-11-23T08:40:00.000Z' })
  receivedAt!: string;

  @ApiProperty({ description: 'Where to come.', example: 'Temporary housing, Bølevegen 12' })
  location!: string;

  @ApiProperty({ description: 'What is needed.', example: 'Wound care and clean equipment' })
  need!: string;

  @ApiProperty({
    description: 'open, assigned (a mission is planned) or closed.',
    enum: REQUEST_STATUSES,
    example: 'open',
  })
  status!: RequestStatus;

  static from(request: OutreachRequest): OutreachRequestDto {
    const { id, serviceId, clientId, channel, location, need, status } = request;
    return {
      id,
      serviceId,
      clientId,
      channel,
      receivedAt: request.receivedAt.toISOString(),
      location,
      need,
      status,
    };
  }
}

export class OutreachRequestPageDto extends PageOf(OutreachRequestDto) {}
