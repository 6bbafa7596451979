import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsArray,
  IsIn,
  IsISO8601,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { CONSENT_METHODS, type ConsentMethod, type ConsentTermsInput } from '../../domain/consent';
import { ApiRecipientProperty, RecipientDto } from './recipient.dto';

/** The terms of a consent, as given by the client: the body of a change (PUT). */
export class ConsentTermsRequestDto {
  @ApiProperty({
    description:
      'Information categories, codes of the vocabulary (GET /v1/consents/vocabulary). A category covers its declared sub-categories.',
    example: ['contact-details', 'lar-status'],
    type: [String],
  })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  categories!: string[];

  @ApiProperty({
    description:
      'Purposes, codes of the vocabulary (GET /v1/consents/vocabulary). A purpose covers its declared sub-purposes.',
    example: ['treatment-coordination', 'crisis-contact'],
    type: [String],
  })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  purposes!: string[];

  @ApiRecipientProperty({ description: 'Who may receive the information.', isArray: true })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => RecipientDto)
  recipients!: RecipientDto[];

  @ApiProperty({
    description: 'From when the consent holds (ISO 8601 with offset).',
    example: '2026-11-23T09:00:00+01:00',
  })
  @IsISO8601({ strict: true })
  validFrom!: string;

  @ApiPropertyOptional({
    description:
      'When it stops holding (exclusive), after validFrom and in the future. Leave out (or null): until withdrawn.',
    type: String,
    nullable: true,
    example: '2027-11-23T09:00:00+01:00',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  validTo?: string | null;

  @ApiProperty({
    enum: CONSENT_METHODS,
    description: 'How the client gave it.',
    example: 'written',
  })
  @IsIn(CONSENT_METHODS)
  method!: ConsentMethod;

  toTerms(): ConsentTermsInput {
    return {
      categories: this.categories,
      purposes: this.purposes,
      recipients: this.recipients,
      validFrom: new Date(this.validFrom),
      validTo: typeof this.validTo === 'string' ? new Date(this.validTo) : null,
      method: this.method,
    };
  }
}
