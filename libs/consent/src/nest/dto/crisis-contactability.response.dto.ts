import { ApiProperty } from '@nestjs/swagger';
import { PageOf } from '@lavterskel/kernel/nest';
import type { ClientContactability, CrisisContact } from '../../domain/crisis-contactability';
import { ApiRecipientProperty, RecipientDto } from './recipient.dto';

export class CrisisContactPermissionDto {
  @ApiRecipientProperty({ description: 'Who may contact the client in a crisis.' })
  recipient!: RecipientDto;

  @ApiProperty({
    format: 'uuid',
    description: 'The consent that allows it.',
    example: '1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed',
  })
  consentId!: string;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Until when; null: until withdrawn.',
    example: '2027-11-23T08:00:00.000Z',
  })
  validTo!: string | null;

  static from(contact: CrisisContact): CrisisContactPermissionDto {
    return {
      recipient: RecipientDto.from(contact.recipient),
      consentId: contact.consentId,
      validTo: contact.validTo?.toISOString() ?? null,
    };
  }
}

/** One client of the crisis contactability report (CO-4). */
export class ClientContactabilityDto {
  @ApiProperty({
    format: 'uuid',
    description: 'The client.',
    example: '6c0b3f5e-7a53-4a52-9d0b-5f1f2e0c9a11',
  })
  clientId!: string;

  @ApiProperty({
    description: 'True when no consent lets anyone contact the client in a crisis: collect one.',
    example: false,
  })
  lacksCrisisConsent!: boolean;

  @ApiProperty({
    type: [CrisisContactPermissionDto],
    description: 'Services and partners the client’s consents let contact them in a crisis now.',
  })
  contactableBy!: CrisisContactPermissionDto[];

  static from(client: ClientContactability): ClientContactabilityDto {
    return {
      clientId: client.clientId,
      lacksCrisisConsent: client.contactableBy.length === 0,
      contactableBy: client.contactableBy.map(CrisisContactPermissionDto.from),
    };
  }
}

export class ClientContactabilityPageDto extends PageOf(ClientContactabilityDto) {}
