import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsISO8601,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import type { NoticeAudience } from '../../../domain/notices/publish-notice.use-case';

export class NoticeAudienceDto {
  @ApiPropertyOptional({
    description:
      'true: every service and partner organisation of the municipality (the lists are then ignored).',
    example: false,
  })
  @IsOptional()
  @IsBoolean()
  all?: boolean;

  @ApiPropertyOptional({
    description: 'Services that get the notice.',
    type: [String],
    format: 'uuid',
    example: ['8f14e45f-ceea-4e7a-9c3b-2f1d0a6b7c81'],
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true })
  serviceIds?: string[];

  @ApiPropertyOptional({
    description:
      'Partner organisations that get the notice; those with a webhook endpoint get it delivered.',
    type: [String],
    format: 'uuid',
    example: ['7c6b5a49-3827-4615-a4b3-c2d1e0f9a8b7'],
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true })
  partnerIds?: string[];

  toAudience(): NoticeAudience {
    return this.all
      ? { all: true }
      : { serviceIds: this.serviceIds ?? [], partnerIds: this.partnerIds ?? [] };
  }
}

export class PublishNoticeRequestDto {
  @ApiProperty({ description: 'Title.', example: 'Nye smittevernregler fra 20. april' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title!: string;

  @ApiProperty({
    description: 'What changed and what it means for services and clients.',
    example:
      'Grupper på høyst 5 personer; aktiviteter utendørs; telefonoppfølging der det er mulig.',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(20000)
  body!: string;

  @ApiProperty({
    description: 'Where the rule change is published.',
    example: 'https://www.fhi.no/nettpub/coronavirus/',
  })
  @IsString()
  @MaxLength(2000)
  sourceUrl!: string;

  @ApiProperty({
    description: 'When the rules take effect (ISO 8601 with offset).',
    example: '2027-04-20T00:00:00+02:00',
  })
  @IsISO8601({ strict: true })
  effectiveFrom!: string;

  @ApiProperty({
    description:
      'Deadline for acknowledging; later than now. Recipients who have not acknowledged by then get a reminder task.',
    example: '2027-04-19T12:00:00+02:00',
  })
  @IsISO8601({ strict: true })
  acknowledgeBy!: string;

  @ApiProperty({ description: 'Who gets it.', type: NoticeAudienceDto })
  @IsObject()
  @ValidateNested()
  @Type(() => NoticeAudienceDto)
  recipients!: NoticeAudienceDto;
}
