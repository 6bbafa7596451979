import { ApiProperty } from '@nestjs/swagger';

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
    example: { versionId: '2', lastUpdated: '2026-11-23T09:00:00.000Z' },
  })
  meta!: { versionId: string; lastUpdated: string };

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
  })
  scope!: object;

  @ApiProperty({
    description: 'LOINC 59284-0 Patient Consent.',
    example: [{ coding: [{ system: 'http://loinc.org', code: '59284-0' }] }],
  })
  category!: object[];

  @ApiProperty({
    description: 'The client, as `Patient/<clientId>`.',
    example: { reference: 'Patient/6c0b3f5e-7a53-4a52-9d0b-5f1f2e0c9a11' },
  })
  patient!: object;

  @ApiProperty({
    description: 'When this version was recorded.',
    example: '2026-11-23T09:00:00.000Z',
  })
  dateTime!: string;

  @ApiProperty({
    description: 'Who gave it: the client.',
    example: [{ reference: 'Patient/6c0b3f5e-7a53-4a52-9d0b-5f1f2e0c9a11' }],
  })
  performer!: object[];

  @ApiProperty({
    description: 'v3-ActCode OPTIN.',
    example: {
      coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'OPTIN' }],
    },
  })
  policyRule!: object;

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
  })
  provision!: object;
}
