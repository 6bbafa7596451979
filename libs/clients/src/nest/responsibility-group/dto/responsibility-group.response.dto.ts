import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CONSENT_STATUSES,
  MEMBER_KINDS,
  ORGANISATION_KINDS,
  type CategoryDecision,
  type GroupMember,
  type MemberConsent,
  type MemberConsentStatus,
  type MemberKind,
  type OrganisationKind,
  type ResponsibilityGroup,
} from '../../../domain/responsibility-group/responsibility-group';
import { EXAMPLE_MEMBER_IDS } from './responsibility-group-examples';

export class GroupOrganisationDto {
  @ApiProperty({ description: 'What kind of service.', enum: ORGANISATION_KINDS, example: 'dps' })
  kind!: OrganisationKind;

  @ApiProperty({
    description: 'The organisation’s name.',
    example: 'DPS Vestfold og Telemark, poliklinikk Skien',
  })
  name!: string;

  @ApiProperty({
    description: 'Organisation number; null when not known.',
    type: String,
    nullable: true,
    example: '974707152',
  })
  organisationNumber!: string | null;
}

export class CategoryDecisionDto {
  @ApiProperty({ description: 'The category asked about.', example: 'health' })
  category!: string;

  @ApiProperty({
    description: 'The consent library’s logged sharing decision.',
    format: 'uuid',
    example: '4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a',
  })
  decisionId!: string;

  @ApiProperty({ description: 'Whether sharing this category was permitted.', example: true })
  permitted!: boolean;

  static from(decision: CategoryDecision): CategoryDecisionDto {
    return { ...decision };
  }
}

export class MemberConsentDto {
  @ApiProperty({
    description:
      '`permitted` when the client’s consent (or a legal basis) lets every category of the group go to the organisation; otherwise `not-yet-consented`. Such a member is listed all the same.',
    enum: CONSENT_STATUSES,
    example: 'permitted',
  })
  status!: MemberConsentStatus;

  @ApiProperty({
    description:
      'When it was asked: at the last change of the group, or the last meeting recorded.',
    example: '2026-11-23T09:00:00.000Z',
  })
  checkedAt!: string;

  @ApiProperty({
    description: 'One decision per category; empty when nothing could be asked.',
    type: [CategoryDecisionDto],
  })
  decisions!: CategoryDecisionDto[];

  static from(consent: MemberConsent): MemberConsentDto {
    return {
      status: consent.status,
      checkedAt: consent.checkedAt.toISOString(),
      decisions: consent.decisions.map(CategoryDecisionDto.from),
    };
  }
}

export class GroupMemberDto {
  @ApiProperty({
    description: 'Id of the membership.',
    format: 'uuid',
    example: EXAMPLE_MEMBER_IDS.staff,
  })
  id!: string;

  @ApiProperty({ description: 'Who the member is.', enum: MEMBER_KINDS, example: 'staff' })
  kind!: MemberKind;

  @ApiProperty({ description: 'In the group from this Oslo day.', example: '2026-11-01' })
  validFrom!: string;

  @ApiProperty({
    description: 'In the group to this Oslo day; null while a member.',
    type: String,
    nullable: true,
    example: null,
  })
  validTo!: string | null;

  @ApiProperty({
    description: 'The person’s name (a relative’s as in the client registry); null for the client.',
    type: String,
    nullable: true,
    example: 'Anne Sykepleier',
  })
  name!: string | null;

  @ApiProperty({
    description: 'Staff: the token subject; null otherwise.',
    type: String,
    nullable: true,
    example: 'nurse-anne',
  })
  subject!: string | null;

  @ApiProperty({ description: 'The coordinator (koordinator).', example: true })
  coordinator!: boolean;

  // Optional in the schema only so that examples of other kinds may leave it out: an OpenAPI 3.0
  // example cannot be null where the schema is a (nullable) reference. Answers always carry it.
  @ApiPropertyOptional({
    description: 'External: the organisation; null otherwise.',
    type: GroupOrganisationDto,
    nullable: true,
  })
  organisation!: GroupOrganisationDto | null;

  @ApiProperty({ description: 'External: phone.', type: String, nullable: true, example: null })
  phone!: string | null;

  @ApiProperty({ description: 'External: e-mail.', type: String, nullable: true, example: null })
  email!: string | null;

  @ApiProperty({
    description: 'Relative: the relative in the client registry; null otherwise.',
    type: String,
    format: 'uuid',
    nullable: true,
    example: null,
  })
  relativeId!: string | null;

  @ApiPropertyOptional({
    description:
      'External: whether the group’s categories may be shared with them; null otherwise.',
    type: MemberConsentDto,
    nullable: true,
  })
  consent!: MemberConsentDto | null;

  static from(member: GroupMember): GroupMemberDto {
    return {
      id: member.id,
      kind: member.kind,
      validFrom: member.validFrom,
      validTo: member.validTo,
      name: member.kind === 'client' ? null : member.name,
      subject: member.kind === 'staff' ? member.subject : null,
      coordinator: member.kind === 'staff' && member.coordinator,
      organisation: member.kind === 'external' ? { ...member.organisation } : null,
      phone: member.kind === 'external' ? member.phone : null,
      email: member.kind === 'external' ? member.email : null,
      relativeId: member.kind === 'relative' ? member.relativeId : null,
      consent: member.kind === 'external' ? MemberConsentDto.from(member.consent) : null,
    };
  }
}

const MEMBERS_EXAMPLE = [
  {
    id: EXAMPLE_MEMBER_IDS.staff,
    kind: 'staff',
    validFrom: '2026-11-01',
    validTo: null,
    name: 'Anne Sykepleier',
    subject: 'nurse-anne',
    coordinator: true,
    phone: null,
    email: null,
    relativeId: null,
  },
  {
    id: EXAMPLE_MEMBER_IDS.external,
    kind: 'external',
    validFrom: '2026-11-01',
    validTo: null,
    name: 'Dr. Kari Berg',
    subject: null,
    coordinator: false,
    organisation: {
      kind: 'dps',
      name: 'DPS Vestfold og Telemark, poliklinikk Skien',
      organisationNumber: '974707152',
    },
    phone: '+47 35 00 00 00',
    email: null,
    relativeId: null,
    consent: { status: 'not-yet-consented', checkedAt: '2026-11-23T09:00:00.000Z', decisions: [] },
  },
  {
    id: EXAMPLE_MEMBER_IDS.client,
    kind: 'client',
    validFrom: '2026-11-01',
    validTo: null,
    name: null,
    subject: null,
    coordinator: false,
    phone: null,
    email: null,
    relativeId: null,
  },
];

/** The client's responsibility group (ansvarsgruppe). */
export class ResponsibilityGroupDto {
  @ApiProperty({
    description: 'Id of the group.',
    format: 'uuid',
    example: '6f7a8b9c-0d1e-4f2a-8b4c-5d6e7f8a9b0c',
  })
  id!: string;

  @ApiProperty({
    description: 'The client.',
    format: 'uuid',
    example: '0b6c1f0e-5a0a-4f57-9c53-3d1b0a7e6c11',
  })
  clientId!: string;

  @ApiProperty({
    description: 'Consent vocabulary category codes the group discusses.',
    type: [String],
    example: ['health', 'attendance'],
  })
  categories!: string[];

  @ApiProperty({
    description: 'Every member, as written; externals without a permit are listed too.',
    type: [GroupMemberDto],
    example: MEMBERS_EXAMPLE,
  })
  members!: GroupMemberDto[];

  @ApiProperty({ description: 'Version, for If-Match.', example: 1 })
  version!: number;

  @ApiProperty({ description: 'When the group was formed.', example: '2026-11-23T09:00:00.000Z' })
  createdAt!: string;

  @ApiProperty({ description: 'Who changed it last (token subject).', example: 'nurse-anne' })
  updatedBy!: string;

  @ApiProperty({ description: 'When it was changed last.', example: '2026-11-23T09:00:00.000Z' })
  updatedAt!: string;

  static from(group: ResponsibilityGroup): ResponsibilityGroupDto {
    return {
      id: group.id,
      clientId: group.clientId,
      categories: [...group.categories],
      members: group.members.map(GroupMemberDto.from),
      version: group.version,
      createdAt: group.createdAt.toISOString(),
      updatedBy: group.updatedBy,
      updatedAt: group.updatedAt.toISOString(),
    };
  }
}
