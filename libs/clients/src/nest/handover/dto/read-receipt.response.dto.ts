import { ApiProperty } from '@nestjs/swagger';
import type { ReadReceipt } from '../../../domain/handover/handover-note';

/** CL-6: who confirmed reading a handover note, and when. */
export class ReadReceiptDto {
  @ApiProperty({ description: 'Who read it.', example: 'nurse-evening' })
  reader!: string;

  @ApiProperty({
    description: 'When they confirmed reading it.',
    example: '2026-11-23T15:02:00.000Z',
  })
  readAt!: string;

  static from(receipt: ReadReceipt): ReadReceiptDto {
    return { reader: receipt.reader, readAt: receipt.readAt.toISOString() };
  }
}
