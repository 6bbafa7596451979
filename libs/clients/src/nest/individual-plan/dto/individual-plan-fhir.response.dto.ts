import { ApiProperty } from '@nestjs/swagger';

export class FhirIndividualPlanEntryDto {
  @ApiProperty({
    description: 'The resource’s identity inside the bundle.',
    example: 'urn:uuid:7c6b5a49-3827-4161-a5f4-e3d2c1b0a998',
  })
  fullUrl!: string;

  @ApiProperty({
    description: 'A FHIR R4 CarePlan (first) or Goal.',
    type: 'object',
    additionalProperties: true,
    example: {
      resourceType: 'CarePlan',
      id: '7c6b5a49-3827-4161-a5f4-e3d2c1b0a998',
      status: 'active',
      intent: 'plan',
      subject: { reference: 'Patient/0b6c1f0e-5a0a-4f57-9c53-3d1b0a7e6c11' },
    },
  })
  resource!: Record<string, unknown>;
}

/** the individual plan as a FHIR R4 Bundle: the CarePlan, then one Goal per goal. */
export class FhirIndividualPlanBundleDto {
  @ApiProperty({ description: 'Always Bundle.', enum: ['Bundle'], example: 'Bundle' })
  resourceType!: 'Bundle';

  @ApiProperty({ description: 'Always collection.', enum: ['collection'], example: 'collection' })
  type!: 'collection';

  @ApiProperty({ description: 'When the bundle was made.', example: '2026-11-23T09:15:00.000Z' })
  timestamp!: string;

  @ApiProperty({
    description: 'The CarePlan first, then the Goals.',
    type: [FhirIndividualPlanEntryDto],
  })
  entry!: FhirIndividualPlanEntryDto[];
}
