import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageQueryDto } from '@lavterskel/kernel/nest';
import type { ReviewState } from '../../domain/sharing-decision.repository';

export class DecisionsForReviewQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    enum: ['pending', 'reviewed'],
    default: 'pending',
    description: 'Decisions on a legal basis still to review, or those reviewed.',
    example: 'pending',
  })
  @IsOptional()
  @IsIn(['pending', 'reviewed'])
  review?: ReviewState;
}
