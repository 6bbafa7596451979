import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import {
  RECIPIENT_TYPES,
  type Recipient,
  type RecipientInput,
  type RecipientType,
} from '../../domain/recipient';

/** A recipient in requests and responses; which fields apply depends on `type`. */
export class RecipientDto implements RecipientInput {
  @ApiProperty({
    enum: RECIPIENT_TYPES,
    description:
      '`organisation`: anyone in it; `role`: one role in an organisation; `person`: a named person such as a relative.',
    example: 'organisation',
  })
  @IsIn(RECIPIENT_TYPES)
  type!: RecipientType;

  @ApiPropertyOptional({
    description:
      'Norwegian organisation number (9 digits, mod-11 check digit); for `organisation` and `role`.',
    example: '889640782',
  })
  @IsOptional()
  @Matches(/^\d{9}$/, { message: 'organisationNumber must be 9 digits' })
  organisationNumber?: string;

  @ApiPropertyOptional({
    description: 'The role within the organisation, a lower-case code; for `role`.',
    example: 'lar-doctor',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  role?: string;

  @ApiPropertyOptional({
    description: "The person's id, e.g. the relative's id in the client registry; for `person`.",
    format: 'uuid',
    example: '0f9a3c4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b',
  })
  @IsOptional()
  @IsUUID()
  personId?: string;

  @ApiPropertyOptional({
    description: 'Who it is, for people to read (never used to decide). Required on consents.',
    example: 'NAV Skien',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({
    description: "The person's relation to the client; for `person`.",
    example: 'mother',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  relationship?: string;

  static from(recipient: Recipient): RecipientDto {
    return { ...recipient };
  }
}
