import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import {
  LEGAL_BASES,
  LEGAL_BASIS_CODES,
  MIN_JUSTIFICATION_LENGTH,
  type LegalBasisCode,
} from '../../domain/legal-basis';
import { ApiRecipientProperty, RecipientDto } from './recipient.dto';

export class LegalBasisDto {
  @ApiProperty({
    enum: LEGAL_BASIS_CODES,
    description: Object.entries(LEGAL_BASES)
      .map(([code, basis]) => `\`${code}\`: ${basis.label} (${basis.citation})`)
      .join('; '),
    example: 'emergency',
  })
  @IsIn(LEGAL_BASIS_CODES)
  code!: LegalBasisCode;

  @ApiProperty({
    description: `Why sharing without consent is justified here, at least ${MIN_JUSTIFICATION_LENGTH} characters. Logged and reviewed.`,
    example: 'Client unconscious at Skien station; the ambulance needs the LAR dose',
  })
  @IsString()
  @MaxLength(2000)
  justification!: string;
}

/** "May I share this category of this client with this recipient for this purpose now?" */
export class DecideSharingRequestDto {
  @ApiProperty({
    description: 'The client whose information would be shared.',
    format: 'uuid',
    example: '6c0b3f5e-7a53-4a52-9d0b-5f1f2e0c9a11',
  })
  @IsUUID()
  clientId!: string;

  @ApiProperty({
    description: 'The information category, a code of the vocabulary.',
    example: 'lar-status',
  })
  @IsString()
  @MaxLength(64)
  category!: string;

  @ApiProperty({
    description: 'The purpose, a code of the vocabulary.',
    example: 'treatment-coordination',
  })
  @IsString()
  @MaxLength(64)
  purpose!: string;

  @ApiRecipientProperty({ description: 'Who would receive it.' })
  @ValidateNested()
  @Type(() => RecipientDto)
  recipient!: RecipientDto;

  @ApiPropertyOptional({
    description:
      'A legal basis to rely on if no consent permits. Always justified, logged and flagged for review.',
    type: LegalBasisDto,
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => LegalBasisDto)
  legalBasis?: LegalBasisDto;
}
