import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageOf, PageQueryDto } from '@lavterskel/kernel/nest';
import { PARTNER_KINDS, type Partner, type PartnerKind } from '../../../domain/partners/partner';

export class PartnerDto {
  @ApiProperty({
    description: 'Partner id.',
    format: 'uuid',
    example: '7c6b5a49-3827-4615-a4b3-c2d1e0f9a8b7',
  })
  id!: string;

  @ApiProperty({ description: 'Name.', example: 'Kirkens Bymisjon Skien' })
  name!: string;

  @ApiProperty({ description: 'What kind of organisation.', enum: PARTNER_KINDS, example: 'ngo' })
  kind!: PartnerKind;

  @ApiProperty({
    description: 'Organisation number.',
    example: '974760673',
    nullable: true,
    type: String,
  })
  organisationNumber!: string | null;

  @ApiProperty({
    description: 'Phone number.',
    example: '+47 35 50 00 00',
    nullable: true,
    type: String,
  })
  phone!: string | null;

  @ApiProperty({
    description: 'E-mail.',
    example: 'post@bymisjon.example',
    nullable: true,
    type: String,
  })
  email!: string | null;

  @ApiProperty({ description: 'When it was registered.', example: '2026-11-01T08:00:00.000Z' })
  createdAt!: string;

  static from(partner: Partner): PartnerDto {
    const { id, name, kind, organisationNumber, phone, email } = partner;
    return {
      id,
      name,
      kind,
      organisationNumber,
      phone,
      email,
      createdAt: partner.createdAt.toISOString(),
    };
  }
}

export class PartnerPageDto extends PageOf(PartnerDto) {}

export class ListPartnersQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    description: 'Only partners of this kind.',
    enum: PARTNER_KINDS,
    example: 'pharmacy',
  })
  @IsOptional()
  @IsIn(PARTNER_KINDS)
  kind?: PartnerKind;
}
