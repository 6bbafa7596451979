import { ApiProperty } from '@nestjs/swagger';

/** OpenAPI outline of the FHIR R4 MedicationDispense this API exports; the FHIR specification defines the rest. */
export class FhirMedicationDispenseDto {
  @ApiProperty({ description: 'Always MedicationDispense.', example: 'MedicationDispense' })
  resourceType!: 'MedicationDispense';

  @ApiProperty({
    description: 'The dispensing id.',
    example: 'c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f',
  })
  id!: string;

  @ApiProperty({
    description: 'completed, or entered-in-error once voided.',
    enum: ['completed', 'entered-in-error'],
    example: 'completed',
  })
  status!: 'completed' | 'entered-in-error';

  @ApiProperty({
    description: 'The medication as an ATC code.',
    example: {
      coding: [{ system: 'http://www.whocc.no/atc', code: 'N07BC02', display: 'methadone' }],
      text: 'methadone',
    },
    type: Object,
  })
  medicationCodeableConcept!: object;

  @ApiProperty({
    description: 'The client as a FHIR Patient.',
    example: { reference: 'Patient/6c0b3f5e-7a53-4a52-9d0b-5f1f2e0c9a11' },
    type: Object,
  })
  subject!: object;

  @ApiProperty({
    description: 'The dose handed out.',
    example: { value: 60, unit: 'mg', system: 'http://unitsofmeasure.org', code: 'mg' },
    type: Object,
  })
  quantity!: object;

  @ApiProperty({ description: 'When it was handed out.', example: '2026-11-23T08:15:00.000Z' })
  whenHandedOver!: string;
}
