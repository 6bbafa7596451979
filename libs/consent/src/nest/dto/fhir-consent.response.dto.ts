import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  FhirCodeableConceptDto,
  FhirCodingDto,
  FhirMetaDto,
  FhirPeriodDto,
  FhirReferenceDto,
} from '@lavterskel/kernel/nest';

export class FhirConsentActorDto {
  @ApiProperty({ type: FhirCodeableConceptDto, description: 'IRCP: an information recipient.' })
  role!: FhirCodeableConceptDto;

  @ApiProperty({
    type: FhirReferenceDto,
    description: 'An organisation by organisation number, or a RelatedPerson by id.',
  })
  reference!: FhirReferenceDto;
}

export class FhirConsentProvisionDto {
  @ApiProperty({ enum: ['permit'], description: 'Always a permit.', example: 'permit' })
  type!: 'permit';

  @ApiProperty({ type: FhirPeriodDto, description: 'The validity period.' })
  period!: FhirPeriodDto;

  @ApiProperty({ type: [FhirConsentActorDto], description: 'The recipients.' })
  actor!: FhirConsentActorDto[];

  @ApiProperty({
    type: [FhirCodingDto],
    description: 'Local purpose codes, with v3-ActReason where one maps.',
  })
  purpose!: FhirCodingDto[];

  @ApiProperty({ type: [FhirCodeableConceptDto], description: 'The information categories.' })
  code!: FhirCodeableConceptDto[];

  @ApiPropertyOptional({
    type: [FhirCodingDto],
    description: 'v3-ActCode sensitivity of the categories (ETH, MH).',
  })
  securityLabel?: FhirCodingDto[];
}

/** OpenAPI description of the FHIR R4 `Consent` export; the body is the FHIR resource itself. */
export class FhirConsentDto {
  @ApiProperty({ enum: ['Consent'], description: 'FHIR resource type.', example: 'Consent' })
  resourceType!: 'Consent';

  @ApiProperty({
    format: 'uuid',
    description: 'The consent id.',
    example: '1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed',
  })
  id!: string;

  @ApiProperty({
    description: '`versionId` is the consent version.',
    type: FhirMetaDto,
  })
  meta!: FhirMetaDto;

  @ApiProperty({
    enum: ['active', 'inactive'],
    description: '`inactive` once withdrawn or expired.',
    example: 'active',
  })
  status!: 'active' | 'inactive';

  @ApiProperty({
    description: 'Always patient-privacy (consentscope).',
    example: {
      coding: [
        { system: 'http://terminology.hl7.org/CodeSystem/consentscope', code: 'patient-privacy' },
      ],
    },
    type: FhirCodeableConceptDto,
  })
  scope!: FhirCodeableConceptDto;

  @ApiProperty({
    description: 'LOINC 59284-0 Patient Consent.',
    example: [{ coding: [{ system: 'http://loinc.org', code: '59284-0' }] }],
    type: [FhirCodeableConceptDto],
  })
  category!: FhirCodeableConceptDto[];

  @ApiProperty({
    description: 'The client, as `Patient/<clientId>`.',
    example: { reference: 'Patient/6c0b3f5e-7a53-4a52-9d0b-5f1f2e0c9a11' },
    type: FhirReferenceDto,
  })
  patient!: FhirReferenceDto;

  @ApiProperty({
    description: 'When this version was recorded.',
    example: '2026-11-23T09:00:00.000Z',
  })
  dateTime!: string;

  @ApiProperty({
    description: 'Who gave it: the client.',
    example: [{ reference: 'Patient/6c0b3f5e-7a53-4a52-9d0b-5f1f2e0c9a11' }],
    type: [FhirReferenceDto],
  })
  performer!: FhirReferenceDto[];

  @ApiProperty({
    description: 'v3-ActCode OPTIN.',
    example: {
      coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'OPTIN' }],
    },
    type: FhirCodeableConceptDto,
  })
  policyRule!: FhirCodeableConceptDto;

  @ApiProperty({
    description:
      'A permit for the validity period; `actor`: recipients (IRCP), organisations by organisation number; `purpose`: local codes with v3-ActReason where one maps; `code`: categories; `securityLabel`: v3-ActCode sensitivity (ETH, MH).',
    example: {
      type: 'permit',
      period: { start: '2026-11-23T08:00:00.000Z', end: '2027-11-23T08:00:00.000Z' },
      actor: [
        {
          role: {
            coding: [
              {
                system: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType',
                code: 'IRCP',
              },
            ],
          },
          reference: {
            type: 'Organization',
            identifier: { system: 'urn:oid:2.16.578.1.12.4.1.4.101', value: '889640782' },
            display: 'NAV Skien',
          },
        },
      ],
      purpose: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ActReason', code: 'COC' }],
      code: [
        {
          coding: [
            { system: 'urn:lavterskel:consent:information-category', code: 'contact-details' },
          ],
        },
      ],
    },
    type: FhirConsentProvisionDto,
  })
  provision!: FhirConsentProvisionDto;
}
