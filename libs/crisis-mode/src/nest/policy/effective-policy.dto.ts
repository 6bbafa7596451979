import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import type { CrisisException, EffectivePolicy } from '../../domain/policy/effective-policy';
import {
  CONTACT_CHANNELS,
  DISPENSING_CHANNELS,
  SERVICE_MODES,
} from '../../domain/shared/vocabulary';
import { EligibilityRuleDto } from '../plans/crisis-plan.dto';

export class EffectivePolicyQueryDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The service; left out: the level’s rule for work outside any service.',
    example: '8f14e45f-ceea-4e7a-9c3b-2f1d0a6b7c81',
  })
  @IsOptional()
  @IsUUID()
  serviceId?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'A client you follow: their individual exception is included.',
    example: '6c0b3f5e-7a53-4a52-9d0b-5f1f2e0c9a11',
  })
  @IsOptional()
  @IsUUID()
  clientId?: string;
}

export class CrisisExceptionDto {
  @ApiProperty({ format: 'uuid', example: '4e5f6a7b-8c9d-4e0f-9a1b-2c3d4e5f6a7b' }) id!: string;
  @ApiProperty({ format: 'uuid', example: '6c0b3f5e-7a53-4a52-9d0b-5f1f2e0c9a11' })
  clientId!: string;
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'null: every service.',
    example: '8f14e45f-ceea-4e7a-9c3b-2f1d0a6b7c81',
  })
  serviceId!: string | null;
  @ApiProperty({
    description: 'The individual assessment.',
    example: 'Fysiske møter er avgjørende for å hindre tilbakefall.',
  })
  reason!: string;
  @ApiProperty({ example: 'staff-17' }) grantedBy!: string;
  @ApiProperty({ format: 'date-time', example: '2027-03-12T10:00:00.000Z' }) grantedAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, example: null }) validTo!:
    string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, example: null }) revokedAt!:
    string | null;
  @ApiProperty({ type: String, nullable: true, example: null }) revokedBy!: string | null;

  static from(exception: CrisisException): CrisisExceptionDto {
    return {
      id: exception.id,
      clientId: exception.clientId,
      serviceId: exception.serviceId,
      reason: exception.reason,
      grantedBy: exception.grantedBy,
      grantedAt: exception.grantedAt.toISOString(),
      validTo: exception.validTo?.toISOString() ?? null,
      revokedAt: exception.revokedAt?.toISOString() ?? null,
      revokedBy: exception.revokedBy,
    };
  }
}

export class EffectivePolicyDto {
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    example: '8f14e45f-ceea-4e7a-9c3b-2f1d0a6b7c81',
  })
  serviceId!: string | null;
  @ApiProperty({ example: 'red' }) level!: string;
  @ApiProperty({ example: true }) crisisActive!: boolean;
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    example: '6b1f0a3e-8c2d-4e5f-9a7b-0c1d2e3f4a5b',
  })
  planId!: string | null;
  @ApiProperty({ type: Number, nullable: true, example: 1 }) planVersion!: number | null;
  @ApiProperty({
    type: String,
    enum: SERVICE_MODES,
    nullable: true,
    description: 'null: the level sets no mode.',
    example: 'reduced',
  })
  mode!: string | null;
  @ApiProperty({ type: Number, nullable: true, example: 5 }) maxGroupSize!: number | null;
  @ApiProperty({ example: false }) groupsClosed!: boolean;
  @ApiProperty({
    type: [String],
    enum: CONTACT_CHANNELS,
    nullable: true,
    description: 'null: every channel.',
    example: ['phone', 'video'],
  })
  allowedChannels!: string[] | null;
  @ApiProperty({ type: Number, nullable: true, example: 1 }) maxPersonsInPremises!: number | null;
  @ApiProperty({ example: true }) inPersonOnlyWhereEssential!: boolean;
  @ApiProperty({ type: [String], enum: DISPENSING_CHANNELS, nullable: true, example: ['hatch'] })
  dispensingChannels!: string[] | null;
  @ApiProperty({ type: [EligibilityRuleDto] }) eligibility!: EligibilityRuleDto[];
  @ApiProperty({ type: String, nullable: true, example: 'Ingen timeavtaler i lokalene.' }) note!:
    string | null;
  @ApiProperty({
    type: CrisisExceptionDto,
    nullable: true,
    description: 'The client’s exception in force, if any.',
  })
  exception!: CrisisExceptionDto | null;

  static from(policy: EffectivePolicy): EffectivePolicyDto {
    return {
      serviceId: policy.serviceId,
      level: policy.level,
      crisisActive: policy.crisisActive,
      planId: policy.planId,
      planVersion: policy.planVersion,
      mode: policy.mode,
      maxGroupSize: policy.maxGroupSize,
      groupsClosed: policy.groupsClosed,
      allowedChannels: policy.allowedChannels ? [...policy.allowedChannels] : null,
      maxPersonsInPremises: policy.maxPersonsInPremises,
      inPersonOnlyWhereEssential: policy.inPersonOnlyWhereEssential,
      dispensingChannels: policy.dispensingChannels ? [...policy.dispensingChannels] : null,
      eligibility: policy.eligibility.map(EligibilityRuleDto.from),
      note: policy.note,
      exception: policy.exception ? CrisisExceptionDto.from(policy.exception) : null,
    };
  }
}
