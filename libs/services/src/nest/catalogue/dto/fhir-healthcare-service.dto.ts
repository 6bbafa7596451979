import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  FhirCodeableConceptDto,
  FhirIdentifierDto,
  FhirMetaDto,
  FhirReferenceDto,
} from '@lavterskel/kernel/nest';

export class FhirAvailableTimeDto {
  @ApiProperty({ description: 'The weekday.', type: [String], example: ['mon'] })
  daysOfWeek!: string[];

  @ApiProperty({ description: 'Opens (Oslo time).', example: '08:30:00' })
  availableStartTime!: string;

  @ApiProperty({ description: 'Closes (Oslo time).', example: '15:00:00' })
  availableEndTime!: string;
}

/** OpenAPI schema of the FHIR R4 HealthcareService this API exports (https://hl7.org/fhir/R4/healthcareservice.html). */
export class FhirHealthcareServiceDto {
  @ApiProperty({
    enum: ['HealthcareService'],
    description: 'Always HealthcareService.',
    example: 'HealthcareService',
  })
  resourceType!: 'HealthcareService';

  @ApiProperty({ description: 'The service id.', example: '8f14e45f-ceea-4e7a-9c3b-2f1d0a6b7c81' })
  id!: string;

  @ApiProperty({ type: FhirMetaDto, description: '`versionId` is the version, as in the ETag.' })
  meta!: FhirMetaDto;

  @ApiProperty({ type: [FhirIdentifierDto], description: 'The service id as a URN.' })
  identifier!: FhirIdentifierDto[];

  @ApiProperty({ description: 'False while the service is closed.', example: true })
  active!: boolean;

  @ApiProperty({ type: FhirReferenceDto, description: 'The municipality (kommunenummer).' })
  providedBy!: FhirReferenceDto;

  @ApiProperty({
    type: [FhirCodeableConceptDto],
    description: 'HL7 service-category coding of the step in the chain.',
  })
  category!: FhirCodeableConceptDto[];

  @ApiProperty({ description: 'Name.', example: 'LAR-utdeling' })
  name!: string;

  @ApiPropertyOptional({ description: 'The capacity.', example: 'Capacity: 12 at a time.' })
  comment?: string;

  @ApiPropertyOptional({ type: [FhirReferenceDto], description: 'Where it is.' })
  location?: FhirReferenceDto[];

  @ApiPropertyOptional({
    type: [FhirCodeableConceptDto],
    description: 'Critical: kept running in any crisis.',
  })
  characteristic?: FhirCodeableConceptDto[];

  @ApiPropertyOptional({ type: [FhirAvailableTimeDto], description: 'Opening hours.' })
  availableTime?: FhirAvailableTimeDto[];

  @ApiPropertyOptional({
    description: 'What the current mode means for visitors.',
    example: 'Meetings and activities outdoors only.',
  })
  availabilityExceptions?: string;
}
