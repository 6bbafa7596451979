import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/**
 * OpenAPI schemas of the FHIR R4 data types the libraries' exports use
 * (https://hl7.org/fhir/R4/datatypes.html), so a FHIR export documents its shape.
 */
export class FhirCodingDto {
  @ApiProperty({ description: 'The code system.', example: 'http://loinc.org' })
  system!: string;

  @ApiProperty({ description: 'The code in that system.', example: '59284-0' })
  code!: string;

  @ApiPropertyOptional({ description: 'For people to read.', example: 'Patient Consent' })
  display?: string;
}

export class FhirCodeableConceptDto {
  @ApiPropertyOptional({ type: [FhirCodingDto], description: 'Codes that mean this concept.' })
  coding?: FhirCodingDto[];

  @ApiPropertyOptional({ description: 'The concept in plain text.', example: 'methadone' })
  text?: string;
}

export class FhirIdentifierDto {
  @ApiProperty({ description: 'The namespace of the value.', example: 'urn:ietf:rfc:3986' })
  system!: string;

  @ApiProperty({
    description: 'The identifier.',
    example: 'urn:uuid:6c0b3f5e-7a53-4a52-9d0b-5f1f2e0c9a11',
  })
  value!: string;
}

export class FhirReferenceDto {
  @ApiPropertyOptional({
    description: 'A relative reference, `<Type>/<id>`.',
    example: 'Organization/7c6b5a49-3827-4615-a4b3-c2d1e0f9a8b7',
  })
  reference?: string;

  @ApiPropertyOptional({
    description: 'The type of the referenced resource.',
    example: 'Organization',
  })
  type?: string;

  @ApiPropertyOptional({
    type: FhirIdentifierDto,
    description: 'A logical reference, by identifier.',
  })
  identifier?: FhirIdentifierDto;

  @ApiPropertyOptional({ description: 'For people to read.', example: 'NAV Skien' })
  display?: string;
}

export class FhirQuantityDto {
  @ApiProperty({ description: 'The amount.', example: 60 })
  value!: number;

  @ApiProperty({ description: 'The unit, for people to read.', example: 'mg' })
  unit!: string;

  @ApiProperty({ description: 'The unit system (UCUM).', example: 'http://unitsofmeasure.org' })
  system!: string;

  @ApiProperty({ description: 'The unit in that system.', example: 'mg' })
  code!: string;
}

export class FhirPeriodDto {
  @ApiProperty({ description: 'Start (inclusive).', example: '2026-11-23T08:00:00.000Z' })
  start!: string;

  @ApiPropertyOptional({
    description: 'End; open-ended when left out.',
    example: '2027-11-23T08:00:00.000Z',
  })
  end?: string;
}

export class FhirMetaDto {
  @ApiProperty({ description: 'The version of the record.', example: '2' })
  versionId!: string;

  @ApiProperty({
    description: 'When that version was recorded.',
    example: '2026-11-23T09:00:00.000Z',
  })
  lastUpdated!: string;
}

export class FhirAnnotationDto {
  @ApiProperty({ description: 'The note.', example: 'Voided: recorded for the wrong client' })
  text!: string;
}
