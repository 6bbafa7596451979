import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { REVIEW_CONCLUSIONS, type ReviewConclusion } from '../../domain/sharing-decision';

export class ReviewDecisionRequestDto {
  @ApiProperty({
    enum: REVIEW_CONCLUSIONS,
    description: 'Was sharing without consent justified?',
    example: 'justified',
  })
  @IsIn(REVIEW_CONCLUSIONS)
  conclusion!: ReviewConclusion;

  @ApiPropertyOptional({
    description: 'What the conclusion rests on.',
    example: 'Emergency documented in the EHR; ambulance log attached',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}
