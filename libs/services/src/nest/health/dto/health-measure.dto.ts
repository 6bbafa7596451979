import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageOf } from '@lavterskel/kernel/nest';
import {
  HEALTH_MEASURES,
  HEALTH_MEASURE_REQUESTERS,
  TEST_RESULTS,
  type HealthMeasure,
  type HealthMeasureCode,
  type HealthMeasureKind,
  type HealthMeasureRequester,
  type TestResult,
} from '../../../domain/health/health-measure';
import { IsTimestamp } from '../../shared/validators';

const KINDS = Object.keys(HEALTH_MEASURES) as HealthMeasureKind[];
const CODES = [...new Set(Object.values(HEALTH_MEASURES).flat())] as HealthMeasureCode[];

export class RecordHealthMeasureRequestDto {
  @ApiProperty({
    description: 'The client.',
    format: 'uuid',
    example: '6c0b3f5e-7a53-4a52-9d0b-5f1f2e0c9a11',
  })
  @IsUUID()
  clientId!: string;

  @ApiProperty({ description: 'A test or a vaccination.', enum: KINDS, example: 'test' })
  @IsIn(KINDS)
  kind!: HealthMeasureKind;

  @ApiProperty({
    description: `What. Tests: ${HEALTH_MEASURES.test.join(', ')}. Vaccinations: ${HEALTH_MEASURES.vaccination.join(', ')}.`,
    enum: CODES,
    example: 'hepatitis-c',
  })
  @IsIn(CODES)
  code!: HealthMeasureCode;

  @ApiPropertyOptional({
    description: 'A test’s result (pending until known); left out for a vaccination.',
    enum: TEST_RESULTS,
    example: 'pending',
    nullable: true,
  })
  @IsOptional()
  @IsIn(TEST_RESULTS)
  result?: TestResult | null;

  @ApiPropertyOptional({
    description:
      'Who asked for it. A crisis level may allow a measure only for some requesters (e.g. a urine-test only for child-welfare, ung-pluss or driving-licence).',
    enum: HEALTH_MEASURE_REQUESTERS,
    example: 'self',
    nullable: true,
  })
  @IsOptional()
  @IsIn(HEALTH_MEASURE_REQUESTERS)
  requestedBy?: HealthMeasureRequester | null;

  @ApiPropertyOptional({ description: 'When; default now.', example: '2026-11-23T10:30:00+01:00' })
  @IsOptional()
  @IsTimestamp()
  performedAt?: string;
}

export class HealthMeasureDto {
  @ApiProperty({
    description: 'Record id.',
    format: 'uuid',
    example: 'e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b',
  })
  id!: string;

  @ApiProperty({
    description: 'The service where it was given.',
    format: 'uuid',
    example: '8f14e45f-ceea-4e7a-9c3b-2f1d0a6b7c81',
  })
  serviceId!: string;

  @ApiProperty({
    description: 'The client.',
    format: 'uuid',
    example: '6c0b3f5e-7a53-4a52-9d0b-5f1f2e0c9a11',
  })
  clientId!: string;

  @ApiProperty({ description: 'A test or a vaccination.', enum: KINDS, example: 'test' })
  kind!: HealthMeasureKind;

  @ApiProperty({ description: 'What.', enum: CODES, example: 'hepatitis-c' })
  code!: HealthMeasureCode;

  @ApiProperty({
    description: 'A test’s result; null for a vaccination.',
    enum: TEST_RESULTS,
    example: 'pending',
    nullable: true,
  })
  result!: TestResult | null;

  @ApiProperty({
    description: 'Who asked for it; null when not recorded.',
    enum: HEALTH_MEASURE_REQUESTERS,
    example: 'self',
    nullable: true,
  })
  requestedBy!: HealthMeasureRequester | null;

  @ApiProperty({ description: 'When.', example: '2026-11-23T09:30:00.000Z' })
  performedAt!: string;

  @ApiProperty({ description: 'Who recorded it.', example: 'nurse-anne' })
  recordedBy!: string;

  static from(measure: HealthMeasure): HealthMeasureDto {
    const { id, serviceId, clientId, kind, code, result, requestedBy, recordedBy } = measure;
    return {
      id,
      serviceId,
      clientId,
      kind,
      code,
      result,
      requestedBy,
      performedAt: measure.performedAt.toISOString(),
      recordedBy,
    };
  }
}

export class HealthMeasurePageDto extends PageOf(HealthMeasureDto) {}
