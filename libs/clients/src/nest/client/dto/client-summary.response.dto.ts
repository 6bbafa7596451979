import { ApiProperty } from '@nestjs/swagger';
import { PageOf } from '@lavterskel/kernel/nest';
import type { ClientSummary } from '../../../domain/client/client';
import { CLIENT_STATUSES, type ClientStatus } from '../../../domain/client/client-status';

/** A client in a list: enough to recognise them, nothing clinical. */
export class ClientSummaryDto {
  @ApiProperty({
    description: 'The client’s id.',
    format: 'uuid',
    example: '0b6c1f0e-5a0a-4f57-9c53-3d1b0a7e6c11',
  })
  id!: string;

  @ApiProperty({
    description: 'Given name(s).',
    nullable: true,
    type: String,
    example: 'Kari Anne',
  })
  givenName!: string | null;

  @ApiProperty({ description: 'Family name.', nullable: true, type: String, example: 'Nordmann' })
  familyName!: string | null;

  @ApiProperty({ description: 'Alias.', nullable: true, type: String, example: 'Kaja' })
  alias!: string | null;

  @ApiProperty({ description: 'Birth year.', nullable: true, type: Number, example: 1988 })
  birthYear!: number | null;

  @ApiProperty({ description: 'Lifecycle status.', enum: CLIENT_STATUSES, example: 'active' })
  status!: ClientStatus;

  @ApiProperty({ description: 'Subject of the primary contact.', example: 'nurse-anne' })
  primaryContact!: string;

  @ApiProperty({
    description: 'Subject of the back-up contact.',
    nullable: true,
    type: String,
    example: 'nurse-ola',
  })
  backupContact!: string | null;

  static from(client: ClientSummary): ClientSummaryDto {
    return { ...client };
  }
}

export class ClientSummaryPageDto extends PageOf(ClientSummaryDto) {}
