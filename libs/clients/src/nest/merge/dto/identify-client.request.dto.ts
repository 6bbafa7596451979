import { ApiProperty } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { MAX_NAME_LENGTH } from '../../../domain/client/client-details';

/** CL-1: what a pseudonymous client gives to become identified. */
export class IdentifyClientRequestDto {
  @ApiProperty({
    description:
      'Fødselsnummer or D-nummer, 11 digits (spaces ignored); both check digits are verified.',
    maxLength: 14,
    example: '02013299997',
  })
  @IsString()
  @MaxLength(14)
  nationalId!: string;

  @ApiProperty({ description: 'Given name(s).', maxLength: MAX_NAME_LENGTH, example: 'Kari Anne' })
  @IsString()
  @MaxLength(MAX_NAME_LENGTH)
  givenName!: string;

  @ApiProperty({ description: 'Family name.', maxLength: MAX_NAME_LENGTH, example: 'Nordmann' })
  @IsString()
  @MaxLength(MAX_NAME_LENGTH)
  familyName!: string;

  @ApiProperty({
    type: String,
    description:
      'Birth date, `YYYY-MM-DD`, in the year of the client’s birth year; kept as it is when left out.',
    required: false,
    nullable: true,
    format: 'date',
    example: '1988-04-12',
  })
  @IsOptional()
  @IsString()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'birthDate must be YYYY-MM-DD' })
  birthDate?: string | null;
}
