import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageOf, PageQueryDto } from '@lavterskel/kernel/nest';
import {
  REFERRAL_TARGETS,
  SYMPTOMS,
  type OutreachContact,
  type ReferralTarget,
  type Symptom,
} from '../../../domain/outreach/outreach-contact';
import { IsTimestamp } from '../../shared/validators';

export class RecordOutreachContactRequestDto {
  @ApiProperty({
    description: 'The outreach service.',
    format: 'uuid',
    example: '8f14e45f-ceea-4e7a-9c3b-2f1d0a6b7c81',
  })
  @IsUUID()
  serviceId!: string;

  @ApiPropertyOptional({
    description: 'The mission it happened on.',
    format: 'uuid',
    example: 'a7b8c9d0-e1f2-4a3b-8c4d-5e6f7a8b9c0d',
  })
  @IsOptional()
  @IsUUID()
  missionId?: string;

  @ApiPropertyOptional({
    description: 'The fixed place it happened at.',
    format: 'uuid',
    example: 'e5f6a7b8-c9d0-4e1f-8a2b-3c4d5e6f7a8b',
  })
  @IsOptional()
  @IsUUID()
  placeId?: string;

  @ApiPropertyOptional({
    description: 'The client; left out for someone met anonymously.',
    format: 'uuid',
    example: '6c0b3f5e-7a53-4a52-9d0b-5f1f2e0c9a11',
  })
  @IsOptional()
  @IsUUID()
  clientId?: string;

  @ApiPropertyOptional({ description: 'When; default now.', example: '2026-11-24T21:15:00+01:00' })
  @IsOptional()
  @IsTimestamp()
  metAt?: string;

  @ApiProperty({ description: 'First contact with the services.', example: true })
  @IsBoolean()
  newContact!: boolean;

  @ApiProperty({
    description: 'Symptoms observed.',
    enum: SYMPTOMS,
    isArray: true,
    example: ['fever', 'cough'],
  })
  @IsArray()
  @ArrayMaxSize(SYMPTOMS.length)
  @IsIn(SYMPTOMS, { each: true })
  symptoms!: Symptom[];

  @ApiProperty({
    description: 'Where the person was referred.',
    enum: REFERRAL_TARGETS,
    isArray: true,
    example: ['gp'],
  })
  @IsArray()
  @ArrayMaxSize(REFERRAL_TARGETS.length)
  @IsIn(REFERRAL_TARGETS, { each: true })
  referrals!: ReferralTarget[];
}

export class ClientContactsQueryDto extends PageQueryDto {
  @ApiProperty({
    description: 'The client.',
    format: 'uuid',
    example: '6c0b3f5e-7a53-4a52-9d0b-5f1f2e0c9a11',
  })
  @IsUUID()
  clientId!: string;
}

export class OutreachContactDto {
  @ApiProperty({
    description: 'Contact id.',
    format: 'uuid',
    example: 'b8c9d0e1-f2a3-4b4c-9d5e-6f7a8b9c0d1e',
  })
  id!: string;

  @ApiProperty({
    description: 'The service.',
    format: 'uuid',
    example: '8f14e45f-ceea-4e7a-9c3b-2f1d0a6b7c81',
  })
  serviceId!: string;

  @ApiProperty({
    description: 'The mission.',
    format: 'uuid',
    example: null,
    nullable: true,
    type: String,
  })
  missionId!: string | null;

  @ApiProperty({
    description: 'The fixed place.',
    format: 'uuid',
    example: 'e5f6a7b8-c9d0-4e1f-8a2b-3c4d5e6f7a8b',
    nullable: true,
    type: String,
  })
  placeId!: string | null;

  @ApiProperty({
    description: 'The client; null when anonymous.',
    format: 'uuid',
    example: null,
    nullable: true,
    type: String,
  })
  clientId!: string | null;

  @ApiProperty({ description: 'When.', example: '2026-11-24T20:15:00.000Z' })
  metAt!: string;

  @ApiProperty({ description: 'First contact with the services.', example: true })
  newContact!: boolean;

  @ApiProperty({
    description: 'Symptoms observed.',
    enum: SYMPTOMS,
    isArray: true,
    example: ['fever', 'cough'],
  })
  symptoms!: Symptom[];

  @ApiProperty({
    description: 'The symptoms warrant a test (infection, hepatitis).',
    example: true,
  })
  testingAdvised!: boolean;

  @ApiProperty({
    description: 'Where the person was referred.',
    enum: REFERRAL_TARGETS,
    isArray: true,
    example: ['gp'],
  })
  referrals!: ReferralTarget[];

  @ApiProperty({ description: 'Who recorded it.', example: 'nurse-anne' })
  recordedBy!: string;

  static from(contact: OutreachContact): OutreachContactDto {
    const { id, serviceId, missionId, placeId, clientId, newContact, testingAdvised, recordedBy } =
      contact;
    return {
      id,
      serviceId,
      missionId,
      placeId,
      clientId,
      metAt: contact.metAt.toISOString(),
      newContact,
      symptoms: [...contact.symptoms],
      testingAdvised,
      referrals: [...contact.referrals],
      recordedBy,
    };
  }
}

export class OutreachContactPageDto extends PageOf(OutreachContactDto) {}
