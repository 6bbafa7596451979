import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { OrsScoresDto, SrsScoresDto } from './feedback-scores.dto';

/** One session's KOR/FIT forms: ORS, SRS or both. */
export class RecordSessionFeedbackRequestDto {
  @ApiProperty({
    description: 'The attended encounter of this client the forms were filled in.',
    format: 'uuid',
    example: '1f2e0c9a-1111-4a52-9d0b-5f1f2e0c9a11',
  })
  @IsUUID()
  encounterId!: string;

  @ApiPropertyOptional({
    description: 'The Outcome Rating Scale, at the start of the session.',
    type: OrsScoresDto,
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => OrsScoresDto)
  ors?: OrsScoresDto;

  @ApiPropertyOptional({
    description: 'The Session Rating Scale, at its end.',
    type: SrsScoresDto,
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => SrsScoresDto)
  srs?: SrsScoresDto;
}
