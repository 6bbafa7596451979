import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { CLOSURE_REASONS, type ClosureReason } from '../../../domain/application/application';

export class CloseApplicationRequestDto {
  @ApiProperty({
    description: 'Why the application closes without a client.',
    enum: CLOSURE_REASONS,
    example: 'unreachable',
  })
  @IsIn(CLOSURE_REASONS)
  reason!: ClosureReason;
}
