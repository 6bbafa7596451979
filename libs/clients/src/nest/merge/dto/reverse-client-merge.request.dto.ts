import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { MAX_MERGE_REASON, MIN_MERGE_REASON } from '../../../domain/merge/client-merge';

/** Why a privacy officer undoes a merge. */
export class ReverseClientMergeRequestDto {
  @ApiProperty({
    description: 'Why the merge is undone, for the merge record and the audit trail.',
    minLength: MIN_MERGE_REASON,
    maxLength: MAX_MERGE_REASON,
    example: 'Two different people with the same birth year; merged by mistake',
  })
  @IsString()
  @MaxLength(MAX_MERGE_REASON)
  reason!: string;
}
