import { ApiProperty } from '@nestjs/swagger';
import type { ClientMergeReceipt, ClientMergeTableReceipt } from '@lavterskel/kernel';
import type { ClientMerge } from '../../../domain/merge/client-merge';

/** What one library did in one table. */
export class ClientMergeTableReceiptDto {
  @ApiProperty({ description: 'Schema-qualified table.', example: 'services.enrolment' })
  table!: string;

  @ApiProperty({
    type: [String],
    description: 'Keys of the rows moved to the survivor; exactly these move back on reversal.',
    example: ['0b7c1f4e-8f2d-4a51-9c3e-2d6f7a8b9c10'],
  })
  moved!: string[];

  @ApiProperty({
    type: [String],
    description:
      'Keys of rows left with the merged client because the survivor already holds one of its own that may exist once (an open enrolment in the same service, a seat in the same group).',
    example: [],
  })
  keptApart!: string[];

  static from(receipt: ClientMergeTableReceipt): ClientMergeTableReceiptDto {
    return { table: receipt.table, moved: [...receipt.moved], keptApart: [...receipt.keptApart] };
  }
}

/** One library's share of a merge. */
export class ClientMergeReceiptDto {
  @ApiProperty({ description: 'The library.', example: 'services' })
  library!: string;

  @ApiProperty({ type: [ClientMergeTableReceiptDto], description: 'Per table it moved rows of.' })
  tables!: ClientMergeTableReceiptDto[];

  static from(receipt: ClientMergeReceipt): ClientMergeReceiptDto {
    return {
      library: receipt.library,
      tables: receipt.tables.map(ClientMergeTableReceiptDto.from),
    };
  }
}

/** CL-1: a pseudonymous client merged into an identified one, and its reversal if any. */
export class ClientMergeDto {
  @ApiProperty({
    description: 'Id of the merge.',
    format: 'uuid',
    example: '9e2d4c6b-1a3f-4b5d-8c7e-6f5a4b3c2d1e',
  })
  id!: string;

  @ApiProperty({
    description: 'The pseudonymous client merged away; its id redirects to the survivor (308).',
    format: 'uuid',
    example: '3a6c9e1b-4d7f-4a2c-8e5b-1c3d5e7f9a2b',
  })
  mergedClientId!: string;

  @ApiProperty({
    description: 'The identified client who holds the records.',
    format: 'uuid',
    example: '5b1f7f0e-2f4e-4d0c-9d5e-0f5b8f1c2a33',
  })
  survivorId!: string;

  @ApiProperty({
    description: 'Why they are the same person.',
    example: 'Gave her fødselsnummer at the Skien drop-in; already registered by the LAR team',
  })
  reason!: string;

  @ApiProperty({ description: 'Subject of the staff member who merged.', example: 'nurse-anne' })
  mergedBy!: string;

  @ApiProperty({ description: 'When.', example: '2026-11-23T09:15:00.000Z' })
  mergedAt!: string;

  @ApiProperty({
    type: [ClientMergeReceiptDto],
    description: 'Every library’s receipt, in the order they ran.',
  })
  receipts!: ClientMergeReceiptDto[];

  @ApiProperty({
    type: String,
    description: 'Subject of the privacy officer who reversed it; null while it stands.',
    nullable: true,
    example: null,
  })
  reversedBy!: string | null;

  @ApiProperty({
    type: String,
    description: 'When it was reversed; null while it stands.',
    nullable: true,
    example: null,
  })
  reversedAt!: string | null;

  @ApiProperty({
    type: String,
    description: 'Why it was reversed; null while it stands.',
    nullable: true,
    example: null,
  })
  reversalReason!: string | null;

  static from(merge: ClientMerge): ClientMergeDto {
    return {
      id: merge.id,
      mergedClientId: merge.mergedClientId,
      survivorId: merge.survivorId,
      reason: merge.reason,
      mergedBy: merge.mergedBy,
      mergedAt: merge.mergedAt.toISOString(),
      receipts: merge.receipts.map(ClientMergeReceiptDto.from),
      reversedBy: merge.reversal?.reversedBy ?? null,
      reversedAt: merge.reversal?.reversedAt.toISOString() ?? null,
      reversalReason: merge.reversal?.reason ?? null,
    };
  }
}
