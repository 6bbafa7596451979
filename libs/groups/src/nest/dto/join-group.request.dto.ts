import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { TimeSlotDto } from './time-slot.dto';

export class JoinGroupRequestDto {
  @ApiProperty({
    description: 'The client (clients library) who joins.',
    format: 'uuid',
    example: '6c0b3f5e-7a53-4a52-9d0b-5f1f2e0c9a11',
  })
  @IsUUID()
  clientId!: string;

  @ApiPropertyOptional({
    description:
      'A specific cohort; without it, the roomiest cohort (in the preferred slot when it has a seat).',
    format: 'uuid',
    example: '5b0e2f4a-6c1d-4e3f-8a9b-0c1d2e3f4a5b',
  })
  @IsOptional()
  @IsUUID()
  cohortId?: string;

  @ApiPropertyOptional({
    description:
      'The slot the client would rather meet in; honoured where possible, also when re-cohorting.',
    type: TimeSlotDto,
    example: { weekday: 'monday', startTime: '10:00' },
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => TimeSlotDto)
  preferredSlot?: TimeSlotDto;

  @ApiPropertyOptional({
    description:
      'When no seat is free: join the waitlist (201, status `waitlisted`) instead of a 409.',
    default: false,
    example: true,
  })
  @IsOptional()
  @IsBoolean()
  waitlistIfFull?: boolean;
}
