import { ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import {
  FhirCodeableConceptDto,
  FhirIdentifierDto,
  FhirPeriodDto,
  FhirReferenceDto,
} from '@lavterskel/kernel/nest';

export class FhirCareTeamPersonNameDto {
  @ApiProperty({ description: 'The name as written.', example: 'Dr. Kari Berg' })
  text!: string;
}

export class FhirCareTeamTelecomDto {
  @ApiProperty({ description: 'Phone or e-mail.', enum: ['phone', 'email'], example: 'phone' })
  system!: 'phone' | 'email';

  @ApiProperty({ description: 'The number or address.', example: '+47 35 00 00 00' })
  value!: string;
}

/** An external professional, contained in the CareTeam (they have no record of their own here). */
export class FhirCareTeamPractitionerDto {
  @ApiProperty({
    description: 'Always Practitioner.',
    enum: ['Practitioner'],
    example: 'Practitioner',
  })
  resourceType!: 'Practitioner';

  @ApiProperty({
    description: 'Local id, referenced as `#<id>`.',
    example: 'person-2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e',
  })
  id!: string;

  @ApiProperty({ description: 'The name.', type: [FhirCareTeamPersonNameDto] })
  name!: FhirCareTeamPersonNameDto[];

  @ApiPropertyOptional({ description: 'Phone and e-mail.', type: [FhirCareTeamTelecomDto] })
  telecom?: FhirCareTeamTelecomDto[];
}

/** An external member's organisation, contained in the CareTeam. */
export class FhirCareTeamOrganizationDto {
  @ApiProperty({
    description: 'Always Organization.',
    enum: ['Organization'],
    example: 'Organization',
  })
  resourceType!: 'Organization';

  @ApiProperty({
    description: 'Local id, referenced as `#<id>`.',
    example: 'organisation-2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e',
  })
  id!: string;

  @ApiPropertyOptional({
    description: 'The organisation number (urn:oid:2.16.578.1.12.4.1.4.101).',
    type: [FhirIdentifierDto],
  })
  identifier?: FhirIdentifierDto[];

  @ApiProperty({ description: 'The name.', example: 'DPS Vestfold og Telemark, poliklinikk Skien' })
  name!: string;
}

export const FHIR_CARE_TEAM_CONTAINED = [FhirCareTeamPractitionerDto, FhirCareTeamOrganizationDto];

export class FhirCareTeamParticipantDto {
  @ApiProperty({
    description: 'The member’s role (coordinator, staff, gp, dps, tsb, nav, …, relative, client).',
    type: [FhirCodeableConceptDto],
  })
  role!: FhirCodeableConceptDto[];

  @ApiProperty({
    description: 'The member: the Patient, a contained Practitioner, or a display reference.',
    type: FhirReferenceDto,
  })
  member!: FhirReferenceDto;

  @ApiPropertyOptional({
    description: 'An external member’s organisation (contained).',
    type: FhirReferenceDto,
  })
  onBehalfOf?: FhirReferenceDto;

  @ApiProperty({ description: 'The membership’s period (Oslo days).', type: FhirPeriodDto })
  period!: FhirPeriodDto;
}

/** The responsibility group as a FHIR R4 CareTeam. */
export class FhirCareTeamDto {
  @ApiProperty({ description: 'Always CareTeam.', enum: ['CareTeam'], example: 'CareTeam' })
  resourceType!: 'CareTeam';

  @ApiProperty({
    description: 'The group’s id.',
    example: '6f7a8b9c-0d1e-4f2a-8b4c-5d6e7f8a9b0c',
  })
  id!: string;

  @ApiPropertyOptional({
    description: 'External professionals and their organisations.',
    type: 'array',
    items: { oneOf: FHIR_CARE_TEAM_CONTAINED.map((dto) => ({ $ref: getSchemaPath(dto) })) },
  })
  contained?: (FhirCareTeamPractitionerDto | FhirCareTeamOrganizationDto)[];

  @ApiProperty({ description: 'Always active.', enum: ['active'], example: 'active' })
  status!: 'active';

  @ApiProperty({
    description: 'LOINC LA28865-6, a longitudinal care-coordination care team.',
    type: [FhirCodeableConceptDto],
  })
  category!: FhirCodeableConceptDto[];

  @ApiProperty({ description: 'Ansvarsgruppe.', example: 'Ansvarsgruppe' })
  name!: string;

  @ApiProperty({ description: 'The client, as `Patient/<id>`.', type: FhirReferenceDto })
  subject!: FhirReferenceDto;

  @ApiProperty({ description: 'Since the group was formed.', type: FhirPeriodDto })
  period!: FhirPeriodDto;

  @ApiProperty({ description: 'One per member.', type: [FhirCareTeamParticipantDto] })
  participant!: FhirCareTeamParticipantDto[];
}
