import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { EMPTY_CLIENT_DETAILS, type ClientDetails } from '../../../domain/client/client';
import {
  MAX_ALIAS_LENGTH,
  MAX_CONTACT_CHANNELS,
  MAX_NAME_LENGTH,
} from '../../../domain/client/client-details';
import { ContactChannelDto } from './contact-channel.dto';

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;
const present = (_: object, value: unknown) => value !== undefined;

/**
 * CL-1's fields, each optional here: a registration sends what it knows (the rules of
 * identification are checked by the domain), an update sends only what changes, and null
 * clears an optional field.
 */
export class ClientDetailsRequestDto {
  @ApiProperty({
    type: String,
    description:
      'Fødselsnummer or D-nummer, 11 digits (spaces ignored); both check digits are verified. Leave out for a pseudonymous client.',
    required: false,
    nullable: true,
    example: '02013299997',
  })
  @IsOptional()
  @IsString()
  @MaxLength(14)
  nationalId?: string | null;

  @ApiProperty({
    type: String,
    description: 'Given name(s); required with a national id.',
    required: false,
    nullable: true,
    maxLength: MAX_NAME_LENGTH,
    example: 'Kari Anne',
  })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_NAME_LENGTH)
  givenName?: string | null;

  @ApiProperty({
    type: String,
    description: 'Family name; required with a national id.',
    required: false,
    nullable: true,
    maxLength: MAX_NAME_LENGTH,
    example: 'Nordmann',
  })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_NAME_LENGTH)
  familyName?: string | null;

  @ApiProperty({
    type: String,
    description:
      'What the client wants to be called; with a birth year, enough for a pseudonymous client.',
    required: false,
    nullable: true,
    maxLength: MAX_ALIAS_LENGTH,
    example: 'Fjellreven',
  })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_ALIAS_LENGTH)
  alias?: string | null;

  @ApiProperty({
    type: Number,
    description: 'Birth year; required for a pseudonymous client.',
    required: false,
    nullable: true,
    example: 1988,
  })
  @IsOptional()
  @IsInt()
  birthYear?: number | null;

  @ApiProperty({
    type: String,
    description: 'Birth date, YYYY-MM-DD, not in the future. Never derived from the national id.',
    required: false,
    nullable: true,
    example: '1988-04-17',
  })
  @IsOptional()
  @IsString()
  @Matches(CALENDAR_DATE, { message: 'birthDate must be a date, YYYY-MM-DD' })
  birthDate?: string | null;

  @ApiProperty({
    description: 'Ways to reach the client.',
    type: [ContactChannelDto],
    required: false,
    maxItems: MAX_CONTACT_CHANNELS,
  })
  @ValidateIf(present)
  @IsArray()
  @ArrayMaxSize(MAX_CONTACT_CHANNELS)
  @ValidateNested({ each: true })
  @Type(() => ContactChannelDto)
  contactChannels?: ContactChannelDto[];

  @ApiProperty({
    type: String,
    description: 'Preferred language, a BCP 47 tag.',
    required: false,
    nullable: true,
    example: 'nb',
  })
  @IsOptional()
  @IsString()
  @MaxLength(35)
  preferredLanguage?: string | null;

  @ApiProperty({ description: 'The client needs an interpreter.', required: false, example: false })
  @ValidateIf(present)
  @IsBoolean()
  interpreterNeeded?: boolean;

  /** The fields that were sent, as domain values (for an update). */
  changes(): Partial<ClientDetails> {
    return {
      nationalId: this.nationalId,
      givenName: this.givenName,
      familyName: this.familyName,
      alias: this.alias,
      birthYear: this.birthYear,
      birthDate: this.birthDate,
      contactChannels: this.contactChannels?.map(ContactChannelDto.toDomain),
      preferredLanguage: this.preferredLanguage,
      interpreterNeeded: this.interpreterNeeded,
    };
  }

  /** All fields, missing ones empty (for a registration). */
  details(): ClientDetails {
    const sent = Object.fromEntries(
      Object.entries(this.changes()).filter(([, value]) => value !== undefined),
    );
    return { ...EMPTY_CLIENT_DETAILS, ...sent };
  }
}
