import { ApiProperty } from '@nestjs/swagger';
import { PageOf } from '@lavterskel/kernel/nest';
import type { CaseloadEntry } from '../../../domain/client/get-caseload.use-case';
import { ClientSummaryDto } from './client-summary.response.dto';

/** CL-4: a client in a caseload, and who is responsible for them now. */
export class CaseloadEntryDto extends ClientSummaryDto {
  @ApiProperty({
    description: 'The staff member’s role for this client.',
    enum: ['primary', 'backup'],
    example: 'backup',
  })
  role!: 'primary' | 'backup';

  @ApiProperty({
    description: 'The primary contact is away (sick, on leave, quarantined, lent out).',
    example: true,
  })
  primaryAbsent!: boolean;

  @ApiProperty({ description: 'The back-up contact is away.', example: false })
  backupAbsent!: boolean;

  @ApiProperty({
    description:
      'Who covers the client now: the primary, or the back-up while the primary is away; null when neither is available.',
    nullable: true,
    type: String,
    example: 'nurse-ola',
  })
  coveredBy!: string | null;

  static fromEntry(entry: CaseloadEntry): CaseloadEntryDto {
    return { ...entry };
  }
}

export class CaseloadPageDto extends PageOf(CaseloadEntryDto) {}
