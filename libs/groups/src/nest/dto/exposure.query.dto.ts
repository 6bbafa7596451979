import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { DateRangeDto } from './date-range.dto';

/** Who shared a session with this client between two Oslo dates (at most 60 days). */
export class ExposureQueryDto extends DateRangeDto {
  @ApiProperty({
    description: 'The index client.',
    format: 'uuid',
    example: '6c0b3f5e-7a53-4a52-9d0b-5f1f2e0c9a11',
  })
  @IsUUID()
  clientId!: string;
}
