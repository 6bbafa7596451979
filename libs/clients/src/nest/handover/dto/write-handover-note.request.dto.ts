import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { MAX_HANDOVER_NOTE_LENGTH } from '../../../domain/handover/handover-note';

/** CL-6: a note for the next shift. */
export class WriteHandoverNoteRequestDto {
  @ApiProperty({
    description: 'What the next shift needs to know.',
    maxLength: MAX_HANDOVER_NOTE_LENGTH,
    example: 'Did not collect medication; call before 18.',
  })
  @IsString()
  @MaxLength(MAX_HANDOVER_NOTE_LENGTH)
  text!: string;
}
