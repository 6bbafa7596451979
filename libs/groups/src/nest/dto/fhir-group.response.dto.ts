import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

class FhirIdentifierDto {
  @ApiProperty({ description: 'Identifier system.', example: 'urn:ietf:rfc:3986' })
  system!: string;

  @ApiProperty({
    description: 'The cohort id as a URN.',
    example: 'urn:uuid:5b0e2f4a-6c1d-4e3f-8a9b-0c1d2e3f4a5b',
  })
  value!: string;
}

class FhirReferenceDto {
  @ApiProperty({
    description: 'The member, as a FHIR Patient reference to the client id.',
    example: 'Patient/6c0b3f5e-7a53-4a52-9d0b-5f1f2e0c9a11',
  })
  reference!: string;
}

class FhirGroupMemberDto {
  @ApiProperty({ description: 'Who the member is.', type: FhirReferenceDto })
  entity!: FhirReferenceDto;
}

/** OpenAPI description of the FHIR R4 `Group` a cohort exports as (application/fhir+json). */
export class FhirGroupDto {
  @ApiProperty({ description: 'Always `Group`.', example: 'Group' })
  resourceType!: 'Group';

  @ApiProperty({ description: 'The cohort id.', example: '5b0e2f4a-6c1d-4e3f-8a9b-0c1d2e3f4a5b' })
  id!: string;

  @ApiProperty({
    description: 'The cohort id as a business identifier.',
    type: [FhirIdentifierDto],
  })
  identifier!: FhirIdentifierDto[];

  @ApiProperty({ description: 'Whether the cohort still meets.', example: true })
  active!: boolean;

  @ApiProperty({ description: 'FHIR group-type: the members are persons.', example: 'person' })
  type!: 'person';

  @ApiProperty({
    description: 'The members are listed, not described by characteristics.',
    example: true,
  })
  actual!: true;

  @ApiProperty({ description: 'Group name and slot.', example: 'Walk and talk, Monday 10:00' })
  name!: string;

  @ApiProperty({
    description: 'Members seated in the cohort, including any the caller may not see.',
    example: 4,
  })
  quantity!: number;

  @ApiProperty({
    description: 'The weekly meeting time, coded with FHIR days-of-week.',
    example: [
      {
        code: { text: 'Weekly meeting time (Europe/Oslo)' },
        valueCodeableConcept: {
          coding: [{ system: 'http://hl7.org/fhir/days-of-week', code: 'mon', display: 'Monday' }],
          text: 'Monday 10:00',
        },
        exclude: false,
      },
    ],
  })
  characteristic!: object[];

  @ApiPropertyOptional({
    description: 'The members the caller may see (care relation, or break-the-glass).',
    type: [FhirGroupMemberDto],
  })
  member?: FhirGroupMemberDto[];
}
