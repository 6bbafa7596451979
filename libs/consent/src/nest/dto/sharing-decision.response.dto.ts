import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageOf } from '@lavterskel/kernel/nest';
import type { DecisionBasis, DecisionReason, DecisionReasonCode } from '../../domain/decide';
import { LEGAL_BASIS_CODES, type LegalBasisCode } from '../../domain/legal-basis';
import {
  REVIEW_CONCLUSIONS,
  type DecisionReview,
  type ReviewConclusion,
  type SharingDecision,
} from '../../domain/sharing-decision';
import { ApiRecipientProperty, RecipientDto } from './recipient.dto';

const REASON_CODES: DecisionReasonCode[] = [
  'consent-permits',
  'no-consent',
  'withdrawn',
  'not-yet-valid',
  'expired',
  'recipient-not-covered',
  'category-not-covered',
  'purpose-not-covered',
  'legal-basis',
];

export class DecisionBasisDto {
  @ApiProperty({
    enum: ['consent', 'legal-basis'],
    description: 'A consent, or a legal basis other than consent.',
    example: 'consent',
  })
  kind!: 'consent' | 'legal-basis';

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The consent, when kind is `consent`.',
    example: '1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed',
  })
  consentId?: string;

  @ApiPropertyOptional({ description: 'The consent version decided on.', example: 2 })
  consentVersion?: number;

  @ApiPropertyOptional({
    enum: LEGAL_BASIS_CODES,
    description: 'The legal basis, when kind is `legal-basis`.',
    example: 'emergency',
  })
  legalBasis?: LegalBasisCode;

  @ApiPropertyOptional({
    description: 'The written justification of the legal basis.',
    example: 'Client unconscious at Skien station; the ambulance needs the LAR dose',
  })
  justification?: string;

  static from(basis: DecisionBasis): DecisionBasisDto {
    return basis.kind === 'consent'
      ? { kind: 'consent', consentId: basis.consentId, consentVersion: basis.consentVersion }
      : { kind: 'legal-basis', legalBasis: basis.code, justification: basis.justification };
  }
}

export class DecisionReasonDto {
  @ApiProperty({ enum: REASON_CODES, description: 'Stable reason code.', example: 'withdrawn' })
  code!: DecisionReasonCode;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The consent the reason is about.',
    example: '1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed',
  })
  consentId?: string;

  @ApiProperty({ description: 'The reason in words.', example: 'The consent is withdrawn.' })
  message!: string;

  static from(reason: DecisionReason): DecisionReasonDto {
    return { ...reason };
  }
}

export class DecisionReviewDto {
  @ApiProperty({
    enum: REVIEW_CONCLUSIONS,
    description: "The privacy officer's conclusion.",
    example: 'justified',
  })
  conclusion!: ReviewConclusion;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Their note.',
    example: 'Emergency documented in the EHR',
  })
  note!: string | null;

  @ApiProperty({ description: 'Who reviewed it.', example: 'officer-kari' })
  reviewedBy!: string;

  @ApiProperty({ description: 'When.', example: '2026-11-24T10:00:00.000Z' })
  reviewedAt!: string;

  static from(review: DecisionReview): DecisionReviewDto {
    return { ...review, reviewedAt: review.reviewedAt.toISOString() };
  }
}

/** A logged sharing decision (CO-2). */
export class SharingDecisionDto {
  @ApiProperty({
    format: 'uuid',
    description: 'The decision; a disclosure is recorded against it.',
    example: '2c7e4b1a-9f3d-4e2b-8a6c-1d5e9f0a3b7c',
  })
  id!: string;

  @ApiProperty({
    format: 'uuid',
    description: 'The client.',
    example: '6c0b3f5e-7a53-4a52-9d0b-5f1f2e0c9a11',
  })
  clientId!: string;

  @ApiProperty({ description: 'The information category asked about.', example: 'lar-status' })
  category!: string;

  @ApiProperty({ description: 'The purpose asked about.', example: 'treatment-coordination' })
  purpose!: string;

  @ApiRecipientProperty({ description: 'The recipient asked about.' })
  recipient!: RecipientDto;

  @ApiProperty({ enum: ['permit', 'deny'], description: 'The answer.', example: 'permit' })
  outcome!: 'permit' | 'deny';

  @ApiProperty({
    type: DecisionBasisDto,
    nullable: true,
    description: 'What permits it; null when denied.',
  })
  basis!: DecisionBasisDto | null;

  @ApiProperty({
    type: [DecisionReasonDto],
    description: 'Why: the permitting consent, or why each consent did not permit.',
  })
  reasons!: DecisionReasonDto[];

  @ApiProperty({
    description:
      'True when decided on a legal basis other than consent: a privacy officer reviews it.',
    example: false,
  })
  reviewRequired!: boolean;

  @ApiProperty({ type: DecisionReviewDto, nullable: true, description: 'The review, once made.' })
  review!: DecisionReviewDto | null;

  @ApiProperty({ description: 'Who asked (token subject).', example: 'nurse-anne' })
  decidedBy!: string;

  @ApiProperty({ description: 'When.', example: '2026-11-23T09:00:00.000Z' })
  decidedAt!: string;

  static from(decision: SharingDecision): SharingDecisionDto {
    return {
      id: decision.id,
      clientId: decision.clientId,
      category: decision.category,
      purpose: decision.purpose,
      recipient: RecipientDto.from(decision.recipient),
      outcome: decision.outcome,
      basis: decision.basis ? DecisionBasisDto.from(decision.basis) : null,
      reasons: decision.reasons.map(DecisionReasonDto.from),
      reviewRequired: decision.reviewRequired,
      review: decision.review ? DecisionReviewDto.from(decision.review) : null,
      decidedBy: decision.decidedBy,
      decidedAt: decision.decidedAt.toISOString(),
    };
  }
}

export class SharingDecisionPageDto extends PageOf(SharingDecisionDto) {}
