import { ApiProperty } from '@nestjs/swagger';
import {
  RELATIONSHIPS,
  RELATIVE_ROLES,
  type Relationship,
  type Relative,
  type RelativeRole,
} from '../../../domain/relative/relative';

/** CL-9: a relative or trusted person. Its `version` is the ETag for the next update. */
export class RelativeDto {
  @ApiProperty({
    description: 'Id of the relative.',
    format: 'uuid',
    example: '5d0e8f7a-1b2c-4d3e-8f9a-0b1c2d3e4f50',
  })
  id!: string;

  @ApiProperty({
    description: 'The client.',
    format: 'uuid',
    example: '0b6c1f0e-5a0a-4f57-9c53-3d1b0a7e6c11',
  })
  clientId!: string;

  @ApiProperty({ description: 'Name.', example: 'Eva Nordmann' })
  name!: string;

  @ApiProperty({
    description: 'Who the person is to the client.',
    enum: RELATIONSHIPS,
    example: 'sibling',
  })
  relationship!: Relationship;

  @ApiProperty({
    description: 'Roles.',
    enum: RELATIVE_ROLES,
    isArray: true,
    example: ['next-of-kin'],
  })
  roles!: RelativeRole[];

  @ApiProperty({ description: 'Phone.', nullable: true, type: String, example: '+47 911 11 111' })
  phone!: string | null;

  @ApiProperty({ description: 'E-mail.', nullable: true, type: String, example: null })
  email!: string | null;

  @ApiProperty({
    description: 'Note.',
    nullable: true,
    type: String,
    example: 'Reachable evenings',
  })
  note!: string | null;

  @ApiProperty({ description: 'Version; the ETag is this number in quotes.', example: 1 })
  version!: number;

  @ApiProperty({ description: 'Who last changed it.', example: 'nurse-anne' })
  updatedBy!: string;

  @ApiProperty({ description: 'When.', example: '2026-11-23T09:15:00.000Z' })
  updatedAt!: string;

  static from(relative: Relative): RelativeDto {
    return { ...relative, roles: [...relative.roles], updatedAt: relative.updatedAt.toISOString() };
  }
}
