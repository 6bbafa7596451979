import { ApiProperty } from '@nestjs/swagger';
import { PageOf } from '@lavterskel/kernel/nest';
import type { HandoverNote } from '../../../domain/handover/handover-note';
import { ReadReceiptDto } from './read-receipt.response.dto';

/** CL-6: a handover note with its read receipts. */
export class HandoverNoteDto {
  @ApiProperty({
    description: 'Id of the note.',
    format: 'uuid',
    example: '7c9b215f-0c2d-4e2b-9c4a-8e9a3f6f1d0e',
  })
  id!: string;

  @ApiProperty({
    description: 'The client.',
    format: 'uuid',
    example: '0b6c1f0e-5a0a-4f57-9c53-3d1b0a7e6c11',
  })
  clientId!: string;

  @ApiProperty({ description: 'The note.', example: 'Did not collect medication; call before 18.' })
  text!: string;

  @ApiProperty({ description: 'Who wrote it.', example: 'nurse-day' })
  writtenBy!: string;

  @ApiProperty({ description: 'When.', example: '2026-11-23T14:45:00.000Z' })
  writtenAt!: string;

  @ApiProperty({ description: 'Who has confirmed reading it.', type: [ReadReceiptDto] })
  readBy!: ReadReceiptDto[];

  static from(note: HandoverNote): HandoverNoteDto {
    return {
      ...note,
      writtenAt: note.writtenAt.toISOString(),
      readBy: note.readBy.map(ReadReceiptDto.from),
    };
  }
}

export class HandoverNotePageDto extends PageOf(HandoverNoteDto) {}
