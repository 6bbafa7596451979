import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  FhirCodeableConceptDto,
  FhirIdentifierDto,
  FhirReferenceDto,
} from '@lavterskel/kernel/nest';

class FhirPeriodEndDto {
  @ApiProperty({ description: 'End of the period.', example: '2026-11-24' })
  end!: string;
}

class FhirRestrictionDto {
  @ApiProperty({
    description: 'When the task is to be done by: its due day.',
    type: FhirPeriodEndDto,
  })
  period!: FhirPeriodEndDto;
}

class FhirTaskOutputDto {
  @ApiProperty({ description: 'What the output is.', type: FhirCodeableConceptDto })
  type!: FhirCodeableConceptDto;

  @ApiProperty({ description: 'The outcome text.', example: 'Nådd på telefon.' })
  valueString!: string;
}

/** OpenAPI description of the FHIR R4 `Task` a follow-up task exports as (application/fhir+json). */
export class FhirTaskDto {
  @ApiProperty({ description: 'Always `Task`.', example: 'Task' })
  resourceType!: 'Task';

  @ApiProperty({ description: 'The task id.', example: 'd4e5f6a7-b8c9-4d0e-8f1a-2b3c4d5e6f70' })
  id!: string;

  @ApiProperty({ description: 'The task id as a URN.', type: [FhirIdentifierDto] })
  identifier!: FhirIdentifierDto[];

  @ApiProperty({
    description: 'open: `ready` (a named staff member) or `requested` (a team); done: `completed`.',
    enum: ['requested', 'ready', 'completed', 'cancelled'],
    example: 'ready',
  })
  status!: string;

  @ApiPropertyOptional({ description: 'Why it was cancelled.', type: FhirCodeableConceptDto })
  statusReason?: FhirCodeableConceptDto;

  @ApiProperty({ description: 'Always `order`.', example: 'order' })
  intent!: 'order';

  @ApiProperty({ description: 'Priority.', enum: ['routine', 'urgent', 'asap'], example: 'urgent' })
  priority!: string;

  @ApiProperty({ description: 'The task kind.', type: FhirCodeableConceptDto })
  code!: FhirCodeableConceptDto;

  @ApiProperty({ description: 'What to do.', example: 'Ring klienten.' })
  description!: string;

  @ApiPropertyOptional({
    description: 'The client, as a Patient.',
    type: FhirReferenceDto,
    example: { reference: 'Patient/6c0b3f5e-7a53-4a52-9d0b-5f1f2e0c9a11' },
  })
  for?: FhirReferenceDto;

  @ApiPropertyOptional({
    description: 'The service, as a HealthcareService.',
    type: FhirReferenceDto,
  })
  focus?: FhirReferenceDto;

  @ApiProperty({ description: 'When it was created.', example: '2026-11-23T09:00:00.000Z' })
  authoredOn!: string;

  @ApiProperty({ description: 'When it last changed.', example: '2026-11-23T09:00:00.000Z' })
  lastModified!: string;

  @ApiProperty({ description: 'Who created it.', type: FhirReferenceDto })
  requester!: FhirReferenceDto;

  @ApiProperty({
    description: 'Who is to do it: a Practitioner or a CareTeam.',
    type: FhirReferenceDto,
  })
  owner!: FhirReferenceDto;

  @ApiProperty({ description: 'The due day.', type: FhirRestrictionDto })
  restriction!: FhirRestrictionDto;

  @ApiPropertyOptional({ description: 'When it was closed.', type: FhirPeriodEndDto })
  executionPeriod?: FhirPeriodEndDto;

  @ApiPropertyOptional({ description: 'The outcome.', type: [FhirTaskOutputDto] })
  output?: FhirTaskOutputDto[];
}
