import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  FhirAnnotationDto,
  FhirCodeableConceptDto,
  FhirIdentifierDto,
  FhirQuantityDto,
  FhirReferenceDto,
} from '@lavterskel/kernel/nest';

export class FhirExtensionCodeDto {
  @ApiProperty({
    description: 'The extension: how the dose reached the client.',
    example: 'https://lavterskel.no/fhir/StructureDefinition/dispensing-channel',
  })
  url!: string;

  @ApiProperty({ description: 'The channel.', example: 'counter' })
  valueCode!: string;
}

export class FhirDispensePerformerDto {
  @ApiProperty({ type: FhirReferenceDto, description: 'The staff member, by token subject.' })
  actor!: FhirReferenceDto;
}

export class FhirTimingRepeatDto {
  @ApiProperty({ description: 'Times per period.', example: 1 })
  frequency!: number;

  @ApiProperty({ description: 'The period length.', example: 1 })
  period!: number;

  @ApiProperty({ enum: ['d'], description: 'The period unit: days.', example: 'd' })
  periodUnit!: 'd';
}

export class FhirTimingDto {
  @ApiProperty({ type: FhirTimingRepeatDto, description: 'How often.' })
  repeat!: FhirTimingRepeatDto;
}

export class FhirDoseAndRateDto {
  @ApiProperty({ type: FhirQuantityDto, description: 'The prescribed daily dose.' })
  doseQuantity!: FhirQuantityDto;
}

export class FhirDosageDto {
  @ApiProperty({ description: 'The dosage for people to read.', example: '60 mg methadone daily' })
  text!: string;

  @ApiProperty({ type: FhirTimingDto, description: 'Daily.' })
  timing!: FhirTimingDto;

  @ApiProperty({ type: [FhirDoseAndRateDto], description: 'The daily dose.' })
  doseAndRate!: FhirDoseAndRateDto[];
}

/** OpenAPI schema of the FHIR R4 MedicationDispense this API exports (https://hl7.org/fhir/R4/medicationdispense.html). */
export class FhirMedicationDispenseDto {
  @ApiProperty({
    enum: ['MedicationDispense'],
    description: 'Always MedicationDispense.',
    example: 'MedicationDispense',
  })
  resourceType!: 'MedicationDispense';

  @ApiProperty({
    description: 'The dispensing id.',
    example: 'c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f',
  })
  id!: string;

  @ApiProperty({ type: [FhirExtensionCodeDto], description: 'The dispensing channel.' })
  extension!: FhirExtensionCodeDto[];

  @ApiProperty({ type: [FhirIdentifierDto], description: 'The dispensing id as a URN.' })
  identifier!: FhirIdentifierDto[];

  @ApiProperty({
    description: 'completed, or entered-in-error once voided.',
    enum: ['completed', 'entered-in-error'],
    example: 'completed',
  })
  status!: 'completed' | 'entered-in-error';

  @ApiProperty({ type: FhirCodeableConceptDto, description: 'Community dispensing.' })
  category!: FhirCodeableConceptDto;

  @ApiProperty({ type: FhirCodeableConceptDto, description: 'The medication as an ATC code.' })
  medicationCodeableConcept!: FhirCodeableConceptDto;

  @ApiProperty({
    type: FhirReferenceDto,
    description: 'The client as a FHIR Patient.',
    example: { reference: 'Patient/6c0b3f5e-7a53-4a52-9d0b-5f1f2e0c9a11' },
  })
  subject!: FhirReferenceDto;

  @ApiProperty({ type: [FhirDispensePerformerDto], description: 'Who handed it out.' })
  performer!: FhirDispensePerformerDto[];

  @ApiProperty({ type: [FhirReferenceDto], description: 'The LAR prescription.' })
  authorizingPrescription!: FhirReferenceDto[];

  @ApiProperty({ type: FhirCodeableConceptDto, description: 'A daily fill (v3-ActCode DF).' })
  type!: FhirCodeableConceptDto;

  @ApiProperty({ type: FhirQuantityDto, description: 'The dose handed out.' })
  quantity!: FhirQuantityDto;

  @ApiProperty({ type: FhirQuantityDto, description: 'One day.' })
  daysSupply!: FhirQuantityDto;

  @ApiProperty({ description: 'When it was handed out.', example: '2026-11-23T08:15:00.000Z' })
  whenHandedOver!: string;

  @ApiPropertyOptional({ type: [FhirAnnotationDto], description: 'Why it was voided.' })
  note?: FhirAnnotationDto[];

  @ApiProperty({ type: [FhirDosageDto], description: 'The prescribed daily dose.' })
  dosageInstruction!: FhirDosageDto[];
}
