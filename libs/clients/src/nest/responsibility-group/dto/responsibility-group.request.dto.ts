import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  MAX_GROUP_CATEGORIES,
  MAX_GROUP_MEMBERS,
  MAX_MEMBER_TEXT_LENGTH,
  MEMBER_KINDS,
  ORGANISATION_KINDS,
  type MemberKind,
  type OrganisationKind,
} from '../../../domain/responsibility-group/responsibility-group';
import type {
  MemberEntry,
  ResponsibilityGroupEntry,
} from '../../../domain/responsibility-group/responsibility-group-rules';
import { EXAMPLE_MEMBER_IDS } from './responsibility-group-examples';

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MESSAGE = { message: '$property must be a date, YYYY-MM-DD' };

export class GroupOrganisationRequestDto {
  @ApiProperty({
    description: 'What kind of service: GP, DPS, TSB, NAV, child welfare, housing or other.',
    enum: ORGANISATION_KINDS,
    example: 'dps',
  })
  @IsIn(ORGANISATION_KINDS)
  kind!: OrganisationKind;

  @ApiProperty({
    description: 'The organisation’s name.',
    maxLength: MAX_MEMBER_TEXT_LENGTH,
    example: 'DPS Vestfold og Telemark, poliklinikk Skien',
  })
  @IsString()
  @MaxLength(MAX_MEMBER_TEXT_LENGTH)
  name!: string;

  @ApiProperty({
    description:
      'Organisation number (Enhetsregisteret). The consent library identifies recipients by it: without it the member stays "not yet consented".',
    type: String,
    nullable: true,
    example: '974707152',
  })
  @ValidateIf((_, value) => value !== null)
  @IsString()
  organisationNumber!: string | null;
}

/** A member of a new group: which fields apply depends on `kind`. */
export class NewGroupMemberRequestDto {
  @ApiProperty({
    description:
      '`staff` (subject, name, coordinator), `external` (organisation, name, phone, email), `relative` (relativeId), `client`.',
    enum: MEMBER_KINDS,
    example: 'staff',
  })
  @IsIn(MEMBER_KINDS)
  kind!: MemberKind;

  @ApiProperty({ description: 'In the group from this Oslo day.', example: '2026-11-01' })
  @Matches(CALENDAR_DATE, DATE_MESSAGE)
  validFrom!: string;

  @ApiProperty({
    description: 'In the group to this Oslo day; null while a member.',
    type: String,
    nullable: true,
    example: null,
  })
  @ValidateIf((_, value) => value !== null)
  @Matches(CALENDAR_DATE, DATE_MESSAGE)
  validTo!: string | null;

  @ApiPropertyOptional({
    description: 'Staff: the staff member’s token subject.',
    maxLength: MAX_MEMBER_TEXT_LENGTH,
    example: 'nurse-anne',
  })
  @ValidateIf((dto: NewGroupMemberRequestDto) => dto.kind === 'staff')
  @IsString()
  @MaxLength(MAX_MEMBER_TEXT_LENGTH)
  subject?: string;

  @ApiPropertyOptional({
    description: 'Staff and external: the person’s name.',
    maxLength: MAX_MEMBER_TEXT_LENGTH,
    example: 'Anne Sykepleier',
  })
  @ValidateIf((dto: NewGroupMemberRequestDto) => dto.kind === 'staff' || dto.kind === 'external')
  @IsString()
  @MaxLength(MAX_MEMBER_TEXT_LENGTH)
  name?: string;

  @ApiPropertyOptional({
    description: 'Staff: the coordinator (koordinator). Exactly one, in the group today.',
    example: true,
  })
  @IsOptional()
  @IsBoolean()
  coordinator?: boolean;

  @ApiPropertyOptional({
    description: 'External: the organisation the professional represents.',
    type: GroupOrganisationRequestDto,
  })
  @ValidateIf((dto: NewGroupMemberRequestDto) => dto.kind === 'external')
  @IsDefined()
  @ValidateNested()
  @Type(() => GroupOrganisationRequestDto)
  organisation?: GroupOrganisationRequestDto;

  @ApiPropertyOptional({
    description: 'External: phone number.',
    type: String,
    nullable: true,
    example: '+47 35 00 00 00',
  })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  phone?: string | null;

  @ApiPropertyOptional({
    description: 'External: e-mail address.',
    type: String,
    nullable: true,
    maxLength: MAX_MEMBER_TEXT_LENGTH,
    example: 'post@example.no',
  })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_MEMBER_TEXT_LENGTH)
  email?: string | null;

  @ApiPropertyOptional({
    description: 'Relative: one of the client’s relatives or trusted persons (CL-9).',
    format: 'uuid',
    example: '5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a',
  })
  @ValidateIf((dto: NewGroupMemberRequestDto) => dto.kind === 'relative')
  @IsUUID()
  relativeId?: string;

  entry(): MemberEntry {
    return {
      kind: this.kind,
      validFrom: this.validFrom,
      validTo: this.validTo,
      subject: this.subject,
      name: this.name,
      coordinator: this.coordinator,
      organisation: this.organisation && {
        kind: this.organisation.kind,
        name: this.organisation.name,
        organisationNumber: this.organisation.organisationNumber,
      },
      phone: this.phone,
      email: this.email,
      relativeId: this.relativeId,
    };
  }
}

/** A member as a replacement names it: an existing membership by id, a new one without. */
export class GroupMemberRequestDto extends NewGroupMemberRequestDto {
  @ApiPropertyOptional({
    description: 'An existing membership; leave out for a new member.',
    format: 'uuid',
    example: EXAMPLE_MEMBER_IDS.staff,
  })
  @IsOptional()
  @IsUUID()
  id?: string;

  override entry(): MemberEntry {
    return { ...super.entry(), ...(this.id === undefined ? {} : { id: this.id }) };
  }
}

const CATEGORIES = {
  description:
    'Consent vocabulary category codes the group discusses; each external member’s consent is asked for each.',
  maxItems: MAX_GROUP_CATEGORIES,
  example: ['health', 'attendance'],
};

const NEW_MEMBERS_EXAMPLE = [
  {
    kind: 'staff',
    validFrom: '2026-11-01',
    validTo: null,
    subject: 'nurse-anne',
    name: 'Anne Sykepleier',
    coordinator: true,
  },
  {
    kind: 'external',
    validFrom: '2026-11-01',
    validTo: null,
    name: 'Dr. Kari Berg',
    organisation: {
      kind: 'dps',
      name: 'DPS Vestfold og Telemark, poliklinikk Skien',
      organisationNumber: '974707152',
    },
    phone: '+47 35 00 00 00',
    email: null,
  },
  { kind: 'client', validFrom: '2026-11-01', validTo: null },
];

/** A new group: every member is new. */
export class CreateResponsibilityGroupRequestDto {
  @ApiProperty({ ...CATEGORIES, type: [String] })
  @IsArray()
  @ArrayMaxSize(MAX_GROUP_CATEGORIES)
  @IsString({ each: true })
  categories!: string[];

  @ApiProperty({
    description: 'The members, each for a period; exactly one staff member is the coordinator.',
    type: [NewGroupMemberRequestDto],
    maxItems: MAX_GROUP_MEMBERS,
    example: NEW_MEMBERS_EXAMPLE,
  })
  @IsArray()
  @ArrayMaxSize(MAX_GROUP_MEMBERS)
  @ValidateNested({ each: true })
  @Type(() => NewGroupMemberRequestDto)
  members!: NewGroupMemberRequestDto[];

  entry(): ResponsibilityGroupEntry {
    return { categories: this.categories, members: this.members.map((m) => m.entry()) };
  }
}

/** The whole group again (If-Match): existing memberships by id, new ones without. */
export class ResponsibilityGroupRequestDto {
  @ApiProperty({ ...CATEGORIES, type: [String] })
  @IsArray()
  @ArrayMaxSize(MAX_GROUP_CATEGORIES)
  @IsString({ each: true })
  categories!: string[];

  @ApiProperty({
    description:
      'The members; one left out is removed, but not one a held meeting’s minutes name (end that membership with `validTo`).',
    type: [GroupMemberRequestDto],
    maxItems: MAX_GROUP_MEMBERS,
    example: [
      { ...NEW_MEMBERS_EXAMPLE[0], id: EXAMPLE_MEMBER_IDS.staff },
      { ...NEW_MEMBERS_EXAMPLE[1], id: EXAMPLE_MEMBER_IDS.external },
      { ...NEW_MEMBERS_EXAMPLE[2], id: EXAMPLE_MEMBER_IDS.client },
    ],
  })
  @IsArray()
  @ArrayMaxSize(MAX_GROUP_MEMBERS)
  @ValidateNested({ each: true })
  @Type(() => GroupMemberRequestDto)
  members!: GroupMemberRequestDto[];

  entry(): ResponsibilityGroupEntry {
    return { categories: this.categories, members: this.members.map((m) => m.entry()) };
  }
}
