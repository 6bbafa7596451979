import { ApiProperty } from '@nestjs/swagger';
import { IsString, IsUUID, MaxLength } from 'class-validator';
import { MAX_MERGE_REASON, MIN_MERGE_REASON } from '../../../domain/merge/client-merge';

/** CL-1: the identified client a pseudonymous one turns out to be. */
export class MergeClientRequestDto {
  @ApiProperty({
    description:
      'The identified client who keeps every record (the id named by the 409 of identify).',
    format: 'uuid',
    example: '5b1f7f0e-2f4e-4d0c-9d5e-0f5b8f1c2a33',
  })
  @IsUUID()
  survivorId!: string;

  @ApiProperty({
    description: 'Why the two are the same person, for the merge record and the audit trail.',
    minLength: MIN_MERGE_REASON,
    maxLength: MAX_MERGE_REASON,
    example: 'Gave her fødselsnummer at the Skien drop-in; already registered by the LAR team',
  })
  @IsString()
  @MaxLength(MAX_MERGE_REASON)
  reason!: string;
}
