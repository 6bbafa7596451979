import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { PageQueryDto } from '@lavterskel/kernel/nest';
import {
  REFERRAL_STATUSES,
  REFERRAL_URGENCIES,
  type ReferralStatus,
  type ReferralUrgency,
} from '../../../domain/referrals/referral';
import { IsCalendarDate } from '../../shared/validators';

/** One end of a referral: exactly one of `serviceId` and `partnerId`. */
export class ReferralPartyDto {
  @ApiPropertyOptional({
    description: 'A service of the municipality.',
    format: 'uuid',
    example: '8f14e45f-ceea-4e7a-9c3b-2f1d0a6b7c81',
  })
  @IsOptional()
  @IsUUID()
  serviceId?: string;

  @ApiPropertyOptional({
    description:
      'A partner organisation (DPS/TSB, NGO, NAV …) registered under /v1/services/partners.',
    format: 'uuid',
    example: '7c6b5a49-3827-4615-a4b3-c2d1e0f9a8b7',
  })
  @IsOptional()
  @IsUUID()
  partnerId?: string;
}

export class ReferralLegalBasisDto {
  @ApiProperty({
    description: 'The legal basis for sharing without consent (consent vocabulary).',
    enum: ['emergency', 'overriding-interest', 'statutory-duty'],
    example: 'emergency',
  })
  @IsString()
  @MaxLength(32)
  code!: string;

  @ApiProperty({
    description: 'Why sharing without consent is justified; reviewed by the privacy officer.',
    example: 'Client unconscious after an overdose; the DPS needs the LAR status now',
  })
  @IsString()
  @MaxLength(2000)
  justification!: string;
}

export class SendReferralRequestDto {
  @ApiProperty({
    description: 'The client referred.',
    format: 'uuid',
    example: '6c0b3f5e-7a53-4a52-9d0b-5f1f2e0c9a11',
  })
  @IsUUID()
  clientId!: string;

  @ApiProperty({
    description: 'Who refers: a service your team runs, or a partner whose referral you record.',
    type: ReferralPartyDto,
    example: { serviceId: '8f14e45f-ceea-4e7a-9c3b-2f1d0a6b7c81' },
  })
  @IsDefined()
  @ValidateNested()
  @Type(() => ReferralPartyDto)
  from!: ReferralPartyDto;

  @ApiProperty({
    description: 'Who is asked to take the client: a service or a partner.',
    type: ReferralPartyDto,
    example: { partnerId: '7c6b5a49-3827-4615-a4b3-c2d1e0f9a8b7' },
  })
  @IsDefined()
  @ValidateNested()
  @Type(() => ReferralPartyDto)
  to!: ReferralPartyDto;

  @ApiProperty({
    description: 'Why the client is referred.',
    example: 'Assessment for opioid agonist treatment (LAR)',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;

  @ApiProperty({
    description: 'How soon the receiver must answer; sets the default due date.',
    enum: REFERRAL_URGENCIES,
    example: 'urgent',
  })
  @IsIn(REFERRAL_URGENCIES)
  urgency!: ReferralUrgency;

  @ApiProperty({
    description:
      'Information categories shared with the receiver (consent vocabulary, GET /v1/consent-vocabulary); each is decided by consent.',
    type: [String],
    example: ['contact-details', 'lar-status'],
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  categories!: string[];

  @ApiProperty({
    description: 'Why the information is shared (consent vocabulary purpose).',
    example: 'treatment-coordination',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  purpose!: string;

  @ApiPropertyOptional({
    description: 'A legal basis to rely on where no consent permits; logged and reviewed.',
    type: ReferralLegalBasisDto,
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => ReferralLegalBasisDto)
  legalBasis?: ReferralLegalBasisDto;

  @ApiPropertyOptional({
    description:
      'The answer is due by this day; default by urgency (routine 28 days, urgent 7, emergency 1).',
    example: '2026-11-30',
  })
  @IsOptional()
  @IsCalendarDate()
  dueOn?: string;
}

export class AcceptReferralRequestDto {
  @ApiPropertyOptional({
    description: 'A note to the acceptance.',
    example: 'First appointment Thursday 10:00',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;

  @ApiPropertyOptional({
    description: 'Enrol the client in the receiving service (a referral to a service only).',
    example: true,
  })
  @IsOptional()
  @IsBoolean()
  enrol?: boolean;

  @ApiPropertyOptional({
    description: 'With `enrol`: the first day of the enrolment; default today (Oslo).',
    example: '2026-11-23',
  })
  @IsOptional()
  @IsCalendarDate()
  startedOn?: string;
}

export class RejectReferralRequestDto {
  @ApiProperty({
    description: 'Why the referral is rejected.',
    example: 'The client lives outside our catchment area',
  })
  @IsString()
  @MaxLength(2000)
  reason!: string;
}

export class RequestReferralInformationRequestDto {
  @ApiProperty({
    description: 'What the receiver needs to know before answering.',
    example: 'Is the client on a waiting list for housing?',
  })
  @IsString()
  @MaxLength(2000)
  question!: string;
}

export class RespondToReferralRequestDto {
  @ApiProperty({
    description: 'The sender’s answer to the receiver’s question.',
    example: 'Yes, NAV has promised a flat from January',
  })
  @IsString()
  @MaxLength(2000)
  answer!: string;
}

export class WithdrawReferralRequestDto {
  @ApiProperty({
    description: 'Why the referral is withdrawn.',
    example: 'The client moved to another municipality',
  })
  @IsString()
  @MaxLength(2000)
  reason!: string;
}

export class IncomingReferralsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    description: 'Only referrals in this status.',
    enum: REFERRAL_STATUSES,
    example: 'sent',
  })
  @IsOptional()
  @IsIn(REFERRAL_STATUSES)
  status?: ReferralStatus;
}
