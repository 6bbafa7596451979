import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsDefined,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import type { Skien2020Mapping } from '../../domain/plan/templates/skien-2020.template';

/** The municipality's own service for each service of the Skien 2020 notice. */
export class Skien2020ServicesDto implements Skien2020Mapping {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'LAR-utdelingen: one person in the premises, dispensing through the hatch.',
    example: '0b6f2d1e-1a2b-4c3d-8e9f-000000000001',
  })
  @IsOptional()
  @IsUUID()
  larDispensing?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Feltpleien: treatment only where necessary; equipment, nutrition and food.',
    example: '0b6f2d1e-1a2b-4c3d-8e9f-000000000002',
  })
  @IsOptional()
  @IsUUID()
  fieldNursing?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'Follow-up by drug consultants: mainly by phone, exceptions by individual assessment.',
    example: '0b6f2d1e-1a2b-4c3d-8e9f-000000000003',
  })
  @IsOptional()
  @IsUUID()
  followUp?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Activity groups: outdoors, at most 5; yoga online.',
    example: '0b6f2d1e-1a2b-4c3d-8e9f-000000000004',
  })
  @IsOptional()
  @IsUUID()
  activityGroups?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Opp & Jobb: at most 5, two batches a day.',
    example: '0b6f2d1e-1a2b-4c3d-8e9f-000000000005',
  })
  @IsOptional()
  @IsUUID()
  oppOgJobb?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Miljøpatruljen: small groups in two fixed batches a day.',
    example: '0b6f2d1e-1a2b-4c3d-8e9f-000000000006',
  })
  @IsOptional()
  @IsUUID()
  miljopatruljen?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Rusfritt Hus: group activity for residents only.',
    example: '0b6f2d1e-1a2b-4c3d-8e9f-000000000007',
  })
  @IsOptional()
  @IsUUID()
  rusfrittHus?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Askepotter/Askeladder aftercare groups: at most 5, the rest by phone.',
    example: '0b6f2d1e-1a2b-4c3d-8e9f-000000000008',
  })
  @IsOptional()
  @IsUUID()
  aftercareGroups?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'UNG pluss: prioritised.',
    example: '0b6f2d1e-1a2b-4c3d-8e9f-000000000009',
  })
  @IsOptional()
  @IsUUID()
  ungPluss?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'UNG-prosjektet: closed for groups, individual exceptions.',
    example: '0b6f2d1e-1a2b-4c3d-8e9f-00000000000a',
  })
  @IsOptional()
  @IsUUID()
  ungProsjektet?: string;
}

export class SkienTemplateRequestDto {
  @ApiPropertyOptional({
    description: 'Default: "Pandemiplan etter Skien MMO-senter 2020".',
    example: 'Pandemiplan 2027',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  name?: string;

  @ApiProperty({
    type: Skien2020ServicesDto,
    description:
      'Template services left out get no rule of their own (the level’s `all` rule applies).',
  })
  @IsDefined()
  @ValidateNested()
  @Type(() => Skien2020ServicesDto)
  services!: Skien2020ServicesDto;
}
