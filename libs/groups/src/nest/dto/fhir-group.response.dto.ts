import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  FhirCodeableConceptDto,
  FhirIdentifierDto,
  FhirReferenceDto,
} from '@lavterskel/kernel/nest';

class FhirGroupCharacteristicDto {
  @ApiProperty({ type: FhirCodeableConceptDto, description: 'What the characteristic is.' })
  code!: FhirCodeableConceptDto;

  @ApiProperty({
    type: FhirCodeableConceptDto,
    description: 'The weekday, coded with FHIR days-of-week, and the start time.',
  })
  valueCodeableConcept!: FhirCodeableConceptDto;

  @ApiProperty({ enum: [false], description: 'Always false: members have it.', example: false })
  exclude!: false;
}

class FhirGroupMemberDto {
  @ApiProperty({
    description: 'Who the member is: the client, as a FHIR Patient.',
    type: FhirReferenceDto,
    example: { reference: 'Patient/6c0b3f5e-7a53-4a52-9d0b-5f1f2e0c9a11' },
  })
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
    type: [FhirGroupCharacteristicDto],
  })
  characteristic!: FhirGroupCharacteristicDto[];

  @ApiPropertyOptional({
    description: 'The members the caller may see (care relation, or break-the-glass).',
    type: [FhirGroupMemberDto],
  })
  member?: FhirGroupMemberDto[];
}
