import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
} from 'class-validator';
import { PARTNER_KINDS, type PartnerKind } from '../../../domain/partners/partner';

export class RegisterPartnerRequestDto {
  @ApiProperty({
    description: 'Name, unique in the municipality.',
    example: 'Kirkens Bymisjon Skien',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiProperty({ description: 'What kind of organisation.', enum: PARTNER_KINDS, example: 'ngo' })
  @IsIn(PARTNER_KINDS)
  kind!: PartnerKind;

  @ApiPropertyOptional({
    description: 'Organisation number in Enhetsregisteret (9 digits, mod-11 check digit).',
    example: '974760673',
    nullable: true,
    type: String,
  })
  @IsOptional()
  @Matches(/^\d{9}$/, { message: 'organisationNumber must be 9 digits' })
  organisationNumber?: string | null;

  @ApiPropertyOptional({
    description: 'Phone number of the contact point.',
    example: '+47 35 50 00 00',
    nullable: true,
    type: String,
  })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  phone?: string | null;

  @ApiPropertyOptional({
    description: 'E-mail of the contact point.',
    example: 'post@bymisjon.example',
    nullable: true,
    type: String,
  })
  @IsOptional()
  @IsEmail()
  @MaxLength(200)
  email?: string | null;
}
