import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** OpenAPI outline of the FHIR R4 HealthcareService this API exports; the FHIR specification defines the rest. */
export class FhirHealthcareServiceDto {
  @ApiProperty({ description: 'Always HealthcareService.', example: 'HealthcareService' })
  resourceType!: 'HealthcareService';

  @ApiProperty({ description: 'The service id.', example: '8f14e45f-ceea-4e7a-9c3b-2f1d0a6b7c81' })
  id!: string;

  @ApiProperty({ description: 'False while the service is closed.', example: true })
  active!: boolean;

  @ApiProperty({ description: 'Name.', example: 'LAR-utdeling' })
  name!: string;

  @ApiProperty({
    description: 'HL7 service-category coding of the step in the chain.',
    example: [
      {
        coding: [
          {
            system: 'http://terminology.hl7.org/CodeSystem/service-category',
            code: '12',
            display: 'Drug/Alcohol',
          },
        ],
        text: 'low-threshold',
      },
    ],
    type: 'array',
    items: { type: 'object' },
  })
  category!: object[];

  @ApiProperty({
    description: 'The municipality (kommunenummer).',
    example: {
      identifier: { system: 'urn:oid:2.16.578.1.12.4.1.1.3402', value: '4003' },
      display: 'Kommune 4003',
    },
    type: Object,
  })
  providedBy!: object;

  @ApiPropertyOptional({
    description: 'Opening hours.',
    example: [
      { daysOfWeek: ['mon'], availableStartTime: '08:30:00', availableEndTime: '15:00:00' },
    ],
    type: 'array',
    items: { type: 'object' },
  })
  availableTime?: object[];

  @ApiPropertyOptional({
    description: 'What the current mode means for visitors.',
    example: 'Meetings and activities outdoors only.',
  })
  availabilityExceptions?: string;
}
