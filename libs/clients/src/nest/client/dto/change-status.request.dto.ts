import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { MAX_STATUS_REASON_LENGTH } from '../../../domain/client/change-client-status.use-case';
import { CLIENT_STATUSES, type ClientStatus } from '../../../domain/client/client-status';

/** CL-3: the status to move to; the allowed ones follow the client's `allowedTransitions`. */
export class ChangeStatusRequestDto {
  @ApiProperty({ description: 'The new status.', enum: CLIENT_STATUSES, example: 'active' })
  @IsIn(CLIENT_STATUSES)
  status!: ClientStatus;

  @ApiProperty({
    type: String,
    description: 'Why, for the history.',
    required: false,
    nullable: true,
    maxLength: MAX_STATUS_REASON_LENGTH,
    example: 'Started home follow-up under vedtak 2026/77',
  })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_STATUS_REASON_LENGTH)
  reason?: string | null;
}
