import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageOf, PageQueryDto } from '@lavterskel/kernel/nest';
import {
  DISTRIBUTION_ITEMS,
  DISTRIBUTION_SETTINGS,
  MAX_QUANTITY,
  type DistributionItem,
  type DistributionRecord,
  type DistributionSetting,
  type DistributionTotal,
} from '../../../domain/distribution/distribution';
import { IsCalendarDate, IsTimestamp } from '../../shared/validators';

export class DistributionLineDto {
  @ApiProperty({
    description: 'What was handed out.',
    enum: DISTRIBUTION_ITEMS,
    example: 'naloxone',
  })
  @IsIn(DISTRIBUTION_ITEMS)
  item!: DistributionItem;

  @ApiProperty({
    description: `How many, 1 to ${MAX_QUANTITY}.`,
    example: 2,
    minimum: 1,
    maximum: MAX_QUANTITY,
  })
  @IsInt()
  @Min(1)
  @Max(MAX_QUANTITY)
  quantity!: number;
}

export class RecordDistributionRequestDto {
  @ApiProperty({
    description: 'The service that handed it out.',
    format: 'uuid',
    example: '8f14e45f-ceea-4e7a-9c3b-2f1d0a6b7c81',
  })
  @IsUUID()
  serviceId!: string;

  @ApiPropertyOptional({
    description: 'The client; left out for an anonymous handout.',
    format: 'uuid',
    example: '6c0b3f5e-7a53-4a52-9d0b-5f1f2e0c9a11',
  })
  @IsOptional()
  @IsUUID()
  clientId?: string;

  @ApiProperty({
    description: 'Where it was handed out.',
    enum: DISTRIBUTION_SETTINGS,
    example: 'outreach',
  })
  @IsIn(DISTRIBUTION_SETTINGS)
  setting!: DistributionSetting;

  @ApiPropertyOptional({
    description: 'The partner organisation that handed it out with or for the service.',
    format: 'uuid',
    example: '7c6b5a49-3827-4615-a4b3-c2d1e0f9a8b7',
  })
  @IsOptional()
  @IsUUID()
  partnerId?: string;

  @ApiPropertyOptional({ description: 'When; default now.', example: '2026-11-23T21:10:00+01:00' })
  @IsOptional()
  @IsTimestamp()
  givenAt?: string;

  @ApiProperty({ description: 'Each item once, with its count.', type: [DistributionLineDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => DistributionLineDto)
  items!: DistributionLineDto[];
}

export class DistributionRecordDto {
  @ApiProperty({
    description: 'Record id.',
    format: 'uuid',
    example: 'd4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f7a',
  })
  id!: string;

  @ApiProperty({
    description: 'The service.',
    format: 'uuid',
    example: '8f14e45f-ceea-4e7a-9c3b-2f1d0a6b7c81',
  })
  serviceId!: string;

  @ApiProperty({
    description: 'The client; null when anonymous.',
    format: 'uuid',
    example: null,
    nullable: true,
    type: String,
  })
  clientId!: string | null;

  @ApiProperty({ description: 'What.', enum: DISTRIBUTION_ITEMS, example: 'naloxone' })
  item!: DistributionItem;

  @ApiProperty({ description: 'How many.', example: 2 })
  quantity!: number;

  @ApiProperty({ description: 'Where.', enum: DISTRIBUTION_SETTINGS, example: 'outreach' })
  setting!: DistributionSetting;

  @ApiProperty({
    description: 'By which partner.',
    format: 'uuid',
    example: null,
    nullable: true,
    type: String,
  })
  partnerId!: string | null;

  @ApiProperty({ description: 'When.', example: '2026-11-23T20:10:00.000Z' })
  givenAt!: string;

  @ApiProperty({ description: 'The Oslo day.', example: '2026-11-23' })
  day!: string;

  @ApiProperty({ description: 'Who recorded it.', example: 'nurse-anne' })
  recordedBy!: string;

  static from(record: DistributionRecord): DistributionRecordDto {
    const { id, serviceId, clientId, item, quantity, setting, partnerId, day, recordedBy } = record;
    return {
      id,
      serviceId,
      clientId,
      item,
      quantity,
      setting,
      partnerId,
      givenAt: record.givenAt.toISOString(),
      day,
      recordedBy,
    };
  }
}

export class DistributionRecordsDto {
  @ApiProperty({ description: 'One record per item.', type: [DistributionRecordDto] })
  records!: DistributionRecordDto[];
}

export class DistributionRecordPageDto extends PageOf(DistributionRecordDto) {}

export class ClientDistributionsQueryDto extends PageQueryDto {
  @ApiProperty({
    description: 'The client.',
    format: 'uuid',
    example: '6c0b3f5e-7a53-4a52-9d0b-5f1f2e0c9a11',
  })
  @IsUUID()
  clientId!: string;
}

export class DistributionTotalsQueryDto {
  @ApiProperty({ description: 'First day (Oslo).', example: '2026-11-01' })
  @IsCalendarDate()
  from!: string;

  @ApiProperty({
    description: 'Last day (Oslo), at most about a year after from.',
    example: '2026-11-30',
  })
  @IsCalendarDate()
  to!: string;

  @ApiPropertyOptional({
    description: 'Only this service’s handouts.',
    format: 'uuid',
    example: '8f14e45f-ceea-4e7a-9c3b-2f1d0a6b7c81',
  })
  @IsOptional()
  @IsUUID()
  serviceId?: string;

  @ApiPropertyOptional({
    description: 'Only this partner’s handouts.',
    format: 'uuid',
    example: '7c6b5a49-3827-4615-a4b3-c2d1e0f9a8b7',
  })
  @IsOptional()
  @IsUUID()
  partnerId?: string;
}

export class DistributionTotalDto {
  @ApiProperty({ description: 'ISO week.', example: '2026-W48' })
  week!: string;

  @ApiProperty({ description: 'What.', enum: DISTRIBUTION_ITEMS, example: 'food-bag' })
  item!: DistributionItem;

  @ApiProperty({ description: 'Where.', enum: DISTRIBUTION_SETTINGS, example: 'temporary-housing' })
  setting!: DistributionSetting;

  @ApiProperty({ description: 'How many in all.', example: 40 })
  quantity!: number;

  @ApiProperty({ description: 'Of those, how many went to known clients.', example: 25 })
  toKnownClients!: number;

  @ApiProperty({ description: 'Number of records.', example: 31 })
  records!: number;

  static from(total: DistributionTotal): DistributionTotalDto {
    return { ...total };
  }
}

export class DistributionTotalsDto {
  @ApiProperty({
    description: 'Totals per ISO week, item and setting, in that order.',
    type: [DistributionTotalDto],
  })
  totals!: DistributionTotalDto[];
}
