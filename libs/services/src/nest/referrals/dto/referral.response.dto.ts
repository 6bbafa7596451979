import { ApiProperty } from '@nestjs/swagger';
import { PageOf } from '@lavterskel/kernel/nest';
import {
  REFERRAL_STATUSES,
  REFERRAL_URGENCIES,
  type Referral,
  type ReferralParty,
  type ReferralStatus,
  type ReferralStatusChange,
  type ReferralUrgency,
} from '../../../domain/referrals/referral';
import type { ReferralWithHistory } from '../../../domain/referrals/get-referral.use-case';

export class ReferralEndDto {
  @ApiProperty({
    description: 'A service of the municipality, or null for a partner.',
    format: 'uuid',
    nullable: true,
    type: String,
    example: '8f14e45f-ceea-4e7a-9c3b-2f1d0a6b7c81',
  })
  serviceId!: string | null;

  @ApiProperty({
    description: 'A partner organisation, or null for a service.',
    format: 'uuid',
    nullable: true,
    type: String,
    example: null,
  })
  partnerId!: string | null;

  static from(party: ReferralParty): ReferralEndDto {
    return party.kind === 'service'
      ? { serviceId: party.serviceId, partnerId: null }
      : { serviceId: null, partnerId: party.partnerId };
  }
}

export class ReferralStatusChangeDto {
  @ApiProperty({ description: 'The referral version this step made (1 = sent).', example: 1 })
  version!: number;

  @ApiProperty({
    description: 'The status after the step.',
    enum: REFERRAL_STATUSES,
    example: 'sent',
  })
  status!: ReferralStatus;

  @ApiProperty({
    description: 'The step’s words: rejection reason, question, answer or withdrawal reason.',
    nullable: true,
    type: String,
    example: null,
  })
  note!: string | null;

  @ApiProperty({ description: 'Who took the step.', example: 'nurse-anne' })
  changedBy!: string;

  @ApiProperty({ description: 'When.', example: '2026-11-23T09:00:00.000Z' })
  changedAt!: string;

  static from(change: ReferralStatusChange): ReferralStatusChangeDto {
    return {
      version: change.version,
      status: change.status,
      note: change.note,
      changedBy: change.changedBy,
      changedAt: change.changedAt.toISOString(),
    };
  }
}

export class ReferralDto {
  @ApiProperty({
    description: 'Referral id.',
    format: 'uuid',
    example: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
  })
  id!: string;

  @ApiProperty({
    description: 'The client.',
    format: 'uuid',
    example: '6c0b3f5e-7a53-4a52-9d0b-5f1f2e0c9a11',
  })
  clientId!: string;

  @ApiProperty({ description: 'Who refers.', type: ReferralEndDto })
  from!: ReferralEndDto;

  @ApiProperty({ description: 'Who is asked to take the client.', type: ReferralEndDto })
  to!: ReferralEndDto;

  @ApiProperty({ description: 'Why.', example: 'Assessment for opioid agonist treatment (LAR)' })
  reason!: string;

  @ApiProperty({ description: 'How soon.', enum: REFERRAL_URGENCIES, example: 'urgent' })
  urgency!: ReferralUrgency;

  @ApiProperty({
    description: 'Information categories shared.',
    type: [String],
    example: ['contact-details', 'lar-status'],
  })
  categories!: string[];

  @ApiProperty({ description: 'Why the information is shared.', example: 'treatment-coordination' })
  purpose!: string;

  @ApiProperty({
    description: 'The legal basis relied on without consent, if any.',
    nullable: true,
    type: String,
    example: null,
  })
  legalBasis!: string | null;

  @ApiProperty({ description: 'The answer is due by this day.', example: '2026-11-30' })
  dueOn!: string;

  @ApiProperty({
    description: 'Where the referral stands.',
    enum: REFERRAL_STATUSES,
    example: 'sent',
  })
  status!: ReferralStatus;

  @ApiProperty({
    description: 'The last step’s words (rejection reason, question, answer).',
    nullable: true,
    type: String,
    example: null,
  })
  statusNote!: string | null;

  @ApiProperty({
    description: 'The enrolment the acceptance created, if any.',
    format: 'uuid',
    nullable: true,
    type: String,
    example: null,
  })
  enrolmentId!: string | null;

  @ApiProperty({ description: 'Who sent or recorded it.', example: 'nurse-anne' })
  createdBy!: string;

  @ApiProperty({ description: 'When.', example: '2026-11-23T09:00:00.000Z' })
  createdAt!: string;

  @ApiProperty({ description: 'Version; the ETag of the referral.', example: 1 })
  version!: number;

  static from(referral: Referral): ReferralDto {
    return {
      id: referral.id,
      clientId: referral.clientId,
      from: ReferralEndDto.from(referral.from),
      to: ReferralEndDto.from(referral.to),
      reason: referral.reason,
      urgency: referral.urgency,
      categories: [...referral.categories],
      purpose: referral.purpose,
      legalBasis: referral.legalBasis?.code ?? null,
      dueOn: referral.dueOn,
      status: referral.status,
      statusNote: referral.statusNote,
      enrolmentId: referral.enrolmentId,
      createdBy: referral.createdBy,
      createdAt: referral.createdAt.toISOString(),
      version: referral.version,
    };
  }
}

export class ReferralDetailsDto extends ReferralDto {
  @ApiProperty({ description: 'Every step, oldest first.', type: [ReferralStatusChangeDto] })
  history!: ReferralStatusChangeDto[];

  static withHistory({ referral, history }: ReferralWithHistory): ReferralDetailsDto {
    return { ...ReferralDto.from(referral), history: history.map(ReferralStatusChangeDto.from) };
  }
}

export class ReferralPageDto extends PageOf(ReferralDto) {}
