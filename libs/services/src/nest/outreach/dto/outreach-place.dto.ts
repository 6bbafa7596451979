import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { PageOf, PageQueryDto } from '@lavterskel/kernel/nest';
import type { OutreachPlace, PlaceVisit } from '../../../domain/outreach/outreach-place';
import { OpeningHoursDto } from '../../catalogue/dto/opening-hours.dto';
import { IsCalendarDate } from '../../shared/validators';

export class CreateOutreachPlaceRequestDto {
  @ApiProperty({
    description: 'The outreach service that visits the place.',
    format: 'uuid',
    example: '8f14e45f-ceea-4e7a-9c3b-2f1d0a6b7c81',
  })
  @IsUUID()
  serviceId!: string;

  @ApiProperty({
    description: 'The place, as people know it.',
    example: 'Skien stasjon, south entrance',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiPropertyOptional({
    description: 'How to find the team there.',
    example: 'White van by the bus shelter',
    nullable: true,
    type: String,
  })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  description?: string | null;

  @ApiProperty({
    description: 'Weekly slots (Oslo local time).',
    type: [OpeningHoursDto],
    example: [{ weekday: 2, opens: '20:00', closes: '22:00' }],
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(28)
  @ValidateNested({ each: true })
  @Type(() => OpeningHoursDto)
  schedule!: OpeningHoursDto[];

  @ApiProperty({ description: 'First day of the schedule.', example: '2026-11-01' })
  @IsCalendarDate()
  activeFrom!: string;

  @ApiPropertyOptional({
    description: 'Last day; left out or null while it goes on.',
    example: null,
    nullable: true,
    type: String,
  })
  @IsOptional()
  @IsCalendarDate()
  activeTo?: string | null;
}

export class ListOutreachPlacesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    description: 'Only this service’s places.',
    format: 'uuid',
    example: '8f14e45f-ceea-4e7a-9c3b-2f1d0a6b7c81',
  })
  @IsOptional()
  @IsUUID()
  serviceId?: string;
}

export class PlaceVisitsQueryDto {
  @ApiProperty({ description: 'First day (Oslo).', example: '2026-11-23' })
  @IsCalendarDate()
  from!: string;

  @ApiProperty({
    description: 'Last day (Oslo), at most 93 days after from.',
    example: '2026-11-29',
  })
  @IsCalendarDate()
  to!: string;
}

export class OutreachPlaceDto {
  @ApiProperty({
    description: 'Place id.',
    format: 'uuid',
    example: 'e5f6a7b8-c9d0-4e1f-8a2b-3c4d5e6f7a8b',
  })
  id!: string;

  @ApiProperty({
    description: 'The service.',
    format: 'uuid',
    example: '8f14e45f-ceea-4e7a-9c3b-2f1d0a6b7c81',
  })
  serviceId!: string;

  @ApiProperty({ description: 'Name.', example: 'Skien stasjon, south entrance' })
  name!: string;

  @ApiProperty({
    description: 'How to find the team.',
    example: 'White van by the bus shelter',
    nullable: true,
    type: String,
  })
  description!: string | null;

  @ApiProperty({ description: 'Weekly slots.', type: [OpeningHoursDto] })
  schedule!: OpeningHoursDto[];

  @ApiProperty({ description: 'First day.', example: '2026-11-01' })
  activeFrom!: string;

  @ApiProperty({
    description: 'Last day; null while it goes on.',
    example: null,
    nullable: true,
    type: String,
  })
  activeTo!: string | null;

  static from(place: OutreachPlace): OutreachPlaceDto {
    const { id, serviceId, name, description, activeFrom, activeTo } = place;
    return {
      id,
      serviceId,
      name,
      description,
      schedule: place.schedule.map(({ weekday, opens, closes }) => ({ weekday, opens, closes })),
      activeFrom,
      activeTo,
    };
  }
}

export class OutreachPlacePageDto extends PageOf(OutreachPlaceDto) {}

export class PlaceVisitDto {
  @ApiProperty({
    description: 'The place.',
    format: 'uuid',
    example: 'e5f6a7b8-c9d0-4e1f-8a2b-3c4d5e6f7a8b',
  })
  placeId!: string;

  @ApiProperty({ description: 'The day.', example: '2026-11-24' })
  date!: string;

  @ApiProperty({ description: 'From (Oslo local time).', example: '20:00' })
  start!: string;

  @ApiProperty({ description: 'Until (Oslo local time).', example: '22:00' })
  end!: string;

  static from(visit: PlaceVisit): PlaceVisitDto {
    return { ...visit };
  }
}

export class PlaceVisitsDto {
  @ApiProperty({ description: 'Visits in date and time order.', type: [PlaceVisitDto] })
  visits!: PlaceVisitDto[];
}
