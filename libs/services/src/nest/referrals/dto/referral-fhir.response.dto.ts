import { ApiProperty } from '@nestjs/swagger';

export class FhirReferralEntryDto {
  @ApiProperty({
    description: 'The resource’s full URL.',
    example: 'https://lavterskel.no/fhir/ServiceRequest/a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
  })
  fullUrl!: string;

  @ApiProperty({
    description: 'A FHIR R4 ServiceRequest (first) or Task.',
    type: 'object',
    additionalProperties: true,
    example: {
      resourceType: 'ServiceRequest',
      id: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
      status: 'active',
      intent: 'order',
      subject: { reference: 'Patient/6c0b3f5e-7a53-4a52-9d0b-5f1f2e0c9a11' },
    },
  })
  resource!: Record<string, unknown>;
}

/** The referral as a FHIR R4 Bundle: the ServiceRequest, then the Task. */
export class FhirReferralBundleDto {
  @ApiProperty({ description: 'Always Bundle.', enum: ['Bundle'], example: 'Bundle' })
  resourceType!: 'Bundle';

  @ApiProperty({ description: 'Always collection.', enum: ['collection'], example: 'collection' })
  type!: 'collection';

  @ApiProperty({ description: 'When the bundle was made.', example: '2026-11-23T09:15:00.000Z' })
  timestamp!: string;

  @ApiProperty({ description: 'The ServiceRequest, then the Task.', type: [FhirReferralEntryDto] })
  entry!: FhirReferralEntryDto[];
}
