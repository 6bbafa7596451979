import { ApiProperty } from '@nestjs/swagger';
import type { Application } from '../../../domain/application/application';

/** What the applicant gets back: a receipt, never their own data. */
export class ApplicationReceiptDto {
  @ApiProperty({
    description: 'Quote this receipt id when you call us.',
    format: 'uuid',
    example: '6f1d0e7c-9b21-4a8e-9a3f-5f0c2d7e2b1c',
  })
  receiptId!: string;

  @ApiProperty({
    description: 'When the application was received.',
    example: '2026-11-23T09:15:00.000Z',
  })
  receivedAt!: string;

  static from(application: Application): ApplicationReceiptDto {
    return { receiptId: application.id, receivedAt: application.receivedAt.toISOString() };
  }
}
