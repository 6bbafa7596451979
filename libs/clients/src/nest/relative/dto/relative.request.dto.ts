import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import {
  RELATIONSHIPS,
  RELATIVE_ROLES,
  type Relationship,
  type RelativeDetails,
  type RelativeRole,
} from '../../../domain/relative/relative';
import {
  MAX_RELATIVE_NAME_LENGTH,
  MAX_RELATIVE_NOTE_LENGTH,
} from '../../../domain/relative/relative-rules';

/** CL-9: a relative or trusted person (added, or replaced at the version read). */
export class RelativeRequestDto {
  @ApiProperty({
    description: 'Name.',
    maxLength: MAX_RELATIVE_NAME_LENGTH,
    example: 'Eva Nordmann',
  })
  @IsString()
  @MaxLength(MAX_RELATIVE_NAME_LENGTH)
  name!: string;

  @ApiProperty({
    description: 'Who the person is to the client.',
    enum: RELATIONSHIPS,
    example: 'sibling',
  })
  @IsIn(RELATIONSHIPS)
  relationship!: Relationship;

  @ApiProperty({
    description:
      'What the person may be asked to do; `contact-tracing` is the trusted person who helps trace contacts.',
    enum: RELATIVE_ROLES,
    isArray: true,
    required: false,
    example: ['next-of-kin', 'contact-tracing'],
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(RELATIVE_ROLES.length)
  @IsIn(RELATIVE_ROLES, { each: true })
  roles?: RelativeRole[];

  @ApiProperty({
    type: String,
    description: 'Phone.',
    required: false,
    nullable: true,
    maxLength: 30,
    example: '+47 911 11 111',
  })
  @IsOptional()
  @IsString()
  @MaxLength(30)
  phone?: string | null;

  @ApiProperty({
    type: String,
    description: 'E-mail.',
    required: false,
    nullable: true,
    maxLength: 200,
    example: 'eva@example.org',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  email?: string | null;

  @ApiProperty({
    type: String,
    description: 'Note.',
    required: false,
    nullable: true,
    maxLength: MAX_RELATIVE_NOTE_LENGTH,
    example: 'Reachable evenings',
  })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_RELATIVE_NOTE_LENGTH)
  note?: string | null;

  details(): RelativeDetails {
    return {
      name: this.name,
      relationship: this.relationship,
      roles: this.roles ?? [],
      phone: this.phone ?? null,
      email: this.email ?? null,
      note: this.note ?? null,
    };
  }
}
