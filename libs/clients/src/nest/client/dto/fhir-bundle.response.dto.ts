import { ApiProperty } from '@nestjs/swagger';

/** One resource of the bundle: a Patient or a RelatedPerson (FHIR R4). */
export class FhirBundleEntryDto {
  @ApiProperty({
    description: 'The resource’s identity inside the bundle.',
    example: 'urn:uuid:0b6c1f0e-5a0a-4f57-9c53-3d1b0a7e6c11',
  })
  fullUrl!: string;

  @ApiProperty({
    description: 'A FHIR R4 Patient or RelatedPerson resource.',
    type: 'object',
    additionalProperties: true,
    example: {
      resourceType: 'Patient',
      id: '0b6c1f0e-5a0a-4f57-9c53-3d1b0a7e6c11',
      identifier: [
        { use: 'official', system: 'urn:oid:2.16.578.1.12.4.1.4.1', value: '02013299997' },
      ],
      active: true,
      name: [{ use: 'official', family: 'Nordmann', given: ['Kari', 'Anne'] }],
    },
  })
  resource!: Record<string, unknown>;
}

/** a FHIR R4 Bundle (type collection) with the Patient and their RelatedPersons. */
export class FhirBundleDto {
  @ApiProperty({ description: 'Always Bundle.', enum: ['Bundle'], example: 'Bundle' })
  resourceType!: 'Bundle';

  @ApiProperty({ description: 'Always collection.', enum: ['collection'], example: 'collection' })
  type!: 'collection';

  @ApiProperty({ description: 'When the bundle was made.', example: '2026-11-23T09:15:00.000Z' })
  timestamp!: string;

  @ApiProperty({
    description: 'The Patient first, then one RelatedPerson per relative.',
    type: [FhirBundleEntryDto],
  })
  entry!: FhirBundleEntryDto[];
}
