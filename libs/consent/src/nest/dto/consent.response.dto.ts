import { ApiProperty } from '@nestjs/swagger';
import { PageOf } from '@lavterskel/kernel/nest';
import {
  CONSENT_METHODS,
  effectiveStatus,
  type Consent,
  type ConsentChange,
  type ConsentMethod,
  type ConsentStatus,
  type EffectiveStatus,
} from '../../domain/consent';
import { ApiRecipientProperty, RecipientDto } from './recipient.dto';

/** One version of a consent; the current one unless read from its history. */
export class ConsentDto {
  @ApiProperty({
    format: 'uuid',
    description: 'The consent; the same in all its versions.',
    example: '1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed',
  })
  id!: string;

  @ApiProperty({
    description: 'Version number; also the ETag. A change makes a new version.',
    example: 1,
  })
  version!: number;

  @ApiProperty({
    format: 'uuid',
    description: 'The client who gave it.',
    example: '6c0b3f5e-7a53-4a52-9d0b-5f1f2e0c9a11',
  })
  clientId!: string;

  @ApiProperty({
    enum: ['granted', 'amended', 'withdrawn'],
    description: 'What this version recorded.',
    example: 'granted',
  })
  change!: ConsentChange;

  @ApiProperty({
    enum: ['active', 'withdrawn'],
    description: 'Recorded status.',
    example: 'active',
  })
  status!: ConsentStatus;

  @ApiProperty({
    enum: ['active', 'pending', 'expired', 'withdrawn'],
    description:
      'Status now: an active consent may not have started yet (`pending`) or have run out (`expired`).',
    example: 'active',
  })
  effectiveStatus!: EffectiveStatus;

  @ApiProperty({
    description: 'Information categories.',
    example: ['contact-details', 'lar-status'],
    type: [String],
  })
  categories!: string[];

  @ApiProperty({ description: 'Purposes.', example: ['treatment-coordination'], type: [String] })
  purposes!: string[];

  @ApiRecipientProperty({ description: 'Who may receive the information.', isArray: true })
  recipients!: RecipientDto[];

  @ApiProperty({ description: 'From when it holds.', example: '2026-11-23T08:00:00.000Z' })
  validFrom!: string;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'When it stops holding (exclusive); null: until withdrawn.',
    example: '2027-11-23T08:00:00.000Z',
  })
  validTo!: string | null;

  @ApiProperty({
    enum: CONSENT_METHODS,
    description: 'How the client gave this version (the consent, its change or its withdrawal).',
    example: 'written',
  })
  method!: ConsentMethod;

  @ApiProperty({
    description: 'When the consent was first given.',
    example: '2026-11-23T08:00:00.000Z',
  })
  grantedAt!: string;

  @ApiProperty({ description: 'Who recorded this version (token subject).', example: 'nurse-anne' })
  recordedBy!: string;

  @ApiProperty({
    description: 'When this version was recorded.',
    example: '2026-11-23T08:00:00.000Z',
  })
  recordedAt!: string;

  @ApiProperty({
    type: String,
    nullable: true,
    description: "The client's reason for withdrawing, if given.",
    example: null,
  })
  withdrawalReason!: string | null;

  static from(consent: Consent, now: Date): ConsentDto {
    return {
      id: consent.id,
      version: consent.version,
      clientId: consent.clientId,
      change: consent.change,
      status: consent.status,
      effectiveStatus: effectiveStatus(consent, now),
      categories: [...consent.categories],
      purposes: [...consent.purposes],
      recipients: consent.recipients.map(RecipientDto.from),
      validFrom: consent.validFrom.toISOString(),
      validTo: consent.validTo?.toISOString() ?? null,
      method: consent.method,
      grantedAt: consent.grantedAt.toISOString(),
      recordedBy: consent.recordedBy,
      recordedAt: consent.recordedAt.toISOString(),
      withdrawalReason: consent.withdrawalReason,
    };
  }
}

export class ConsentPageDto extends PageOf(ConsentDto) {}
