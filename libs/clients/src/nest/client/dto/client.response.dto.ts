import { ApiProperty } from '@nestjs/swagger';
import { CONTACT_CHANNEL_KINDS, type Client } from '../../../domain/client/client';
import {
  CLIENT_STATUSES,
  allowedTransitions,
  type ClientStatus,
} from '../../../domain/client/client-status';
import {
  VULNERABILITY_FLAG_CODES,
  requiresTwoStaff,
  type VulnerabilityFlagCode,
} from '../../../domain/vulnerability/vulnerability-flag';
import { ContactChannelDto } from './contact-channel.dto';

/** A client's record (CL-1, CL-3, CL-4, CL-10). Its `version` is the ETag for the next update. */
export class ClientDto {
  @ApiProperty({
    description: 'The client’s id.',
    format: 'uuid',
    example: '0b6c1f0e-5a0a-4f57-9c53-3d1b0a7e6c11',
  })
  id!: string;

  @ApiProperty({
    description: 'Fødselsnummer or D-nummer.',
    nullable: true,
    type: String,
    example: '02013299997',
  })
  nationalId!: string | null;

  @ApiProperty({
    type: String,
    description: 'Which kind of national id.',
    nullable: true,
    enum: ['fodselsnummer', 'd-nummer'],
    example: 'fodselsnummer',
  })
  nationalIdKind!: string | null;

  @ApiProperty({
    description: 'Given name(s).',
    nullable: true,
    type: String,
    example: 'Kari Anne',
  })
  givenName!: string | null;

  @ApiProperty({ description: 'Family name.', nullable: true, type: String, example: 'Nordmann' })
  familyName!: string | null;

  @ApiProperty({
    description: 'What the client wants to be called.',
    nullable: true,
    type: String,
    example: 'Kaja',
  })
  alias!: string | null;

  @ApiProperty({ description: 'Birth year.', nullable: true, type: Number, example: 1988 })
  birthYear!: number | null;

  @ApiProperty({
    description: 'Birth date, YYYY-MM-DD.',
    nullable: true,
    type: String,
    example: '1988-04-17',
  })
  birthDate!: string | null;

  @ApiProperty({
    description: 'Ways to reach the client.',
    type: [ContactChannelDto],
    example: [{ kind: CONTACT_CHANNEL_KINDS[0], value: '+47 912 34 567', note: null }],
  })
  contactChannels!: ContactChannelDto[];

  @ApiProperty({
    description: 'Preferred language (BCP 47).',
    nullable: true,
    type: String,
    example: 'nb',
  })
  preferredLanguage!: string | null;

  @ApiProperty({ description: 'Needs an interpreter.', example: false })
  interpreterNeeded!: boolean;

  @ApiProperty({
    description: 'Where the client is in the lifecycle (CL-3).',
    enum: CLIENT_STATUSES,
    example: 'active',
  })
  status!: ClientStatus;

  @ApiProperty({
    description: 'The statuses the client may move to next.',
    enum: CLIENT_STATUSES,
    isArray: true,
    example: ['paused', 'discharged'],
  })
  allowedTransitions!: ClientStatus[];

  @ApiProperty({ description: 'Subject of the primary contact.', example: 'nurse-anne' })
  primaryContact!: string;

  @ApiProperty({
    description: 'Subject of the back-up contact.',
    nullable: true,
    type: String,
    example: 'nurse-ola',
  })
  backupContact!: string | null;

  @ApiProperty({
    description: 'The simple application the client came through.',
    nullable: true,
    type: String,
    format: 'uuid',
    example: null,
  })
  applicationId!: string | null;

  @ApiProperty({
    description: 'Active vulnerability flags (CL-10).',
    enum: VULNERABILITY_FLAG_CODES,
    isArray: true,
    example: ['overdose-history'],
  })
  vulnerabilityFlags!: VulnerabilityFlagCode[];

  @ApiProperty({
    description: 'A violence risk is flagged: never meet the client alone.',
    example: false,
  })
  twoStaffRequired!: boolean;

  @ApiProperty({
    description: 'Version of the record; the ETag is this number in quotes.',
    example: 3,
  })
  version!: number;

  @ApiProperty({
    description: 'When the client was registered.',
    example: '2026-11-23T09:15:00.000Z',
  })
  createdAt!: string;

  @ApiProperty({
    description: 'When the record last changed.',
    example: '2026-11-24T10:02:00.000Z',
  })
  updatedAt!: string;

  static from(client: Client): ClientDto {
    return {
      id: client.id,
      nationalId: client.nationalId,
      nationalIdKind: client.nationalIdKind,
      givenName: client.givenName,
      familyName: client.familyName,
      alias: client.alias,
      birthYear: client.birthYear,
      birthDate: client.birthDate,
      contactChannels: client.contactChannels.map(ContactChannelDto.from),
      preferredLanguage: client.preferredLanguage,
      interpreterNeeded: client.interpreterNeeded,
      status: client.status,
      allowedTransitions: [...allowedTransitions(client.status)],
      primaryContact: client.primaryContact,
      backupContact: client.backupContact,
      applicationId: client.applicationId,
      vulnerabilityFlags: [...client.vulnerabilityFlags],
      twoStaffRequired: requiresTwoStaff(client.vulnerabilityFlags),
      version: client.version,
      createdAt: client.createdAt.toISOString(),
      updatedAt: client.updatedAt.toISOString(),
    };
  }
}
