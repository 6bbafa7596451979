import { ApiProperty } from '@nestjs/swagger';
import { FhirReferenceDto } from '@lavterskel/kernel/nest';

/** FHIR R4 QuestionnaireResponse of one session: items `ors` and `srs`, each with its scales and total. */
export class FhirQuestionnaireResponseDto {
  @ApiProperty({
    enum: ['QuestionnaireResponse'],
    example: 'QuestionnaireResponse',
    description: 'Always QuestionnaireResponse.',
  })
  resourceType!: 'QuestionnaireResponse';

  @ApiProperty({ description: 'The forms’ id.', example: '7d3c2b1a-0f9e-4d8c-9b7a-6f5e4d3c2b1a' })
  id!: string;

  @ApiProperty({
    description: 'The questionnaire’s canonical URL.',
    example: 'https://lavterskel.no/fhir/Questionnaire/kor-fit-session',
  })
  questionnaire!: string;

  @ApiProperty({ enum: ['completed'], example: 'completed', description: 'Always completed.' })
  status!: 'completed';

  @ApiProperty({ description: 'The client.', type: FhirReferenceDto })
  subject!: FhirReferenceDto;

  @ApiProperty({ description: 'The session.', type: FhirReferenceDto })
  encounter!: FhirReferenceDto;

  @ApiProperty({ description: 'When the session took place.', example: '2026-11-23T09:00:00.000Z' })
  authored!: string;

  @ApiProperty({
    description:
      'Groups `ors` and `srs`; each holds an item per scale (`ors.individually` …) and `…total`, answered with valueDecimal.',
    type: 'array',
    items: { type: 'object', additionalProperties: true },
    example: [
      {
        linkId: 'ors',
        text: 'Outcome Rating Scale (ORS)',
        item: [
          {
            linkId: 'ors.individually',
            text: 'Individually (personal well-being)',
            answer: [{ valueDecimal: 6.2 }],
          },
        ],
      },
    ],
  })
  item!: Record<string, unknown>[];
}

export class FhirFeedbackEntryDto {
  @ApiProperty({
    description: 'The resource’s identity inside the bundle.',
    example: 'urn:uuid:7d3c2b1a-0f9e-4d8c-9b7a-6f5e4d3c2b1a',
  })
  fullUrl!: string;

  @ApiProperty({ type: FhirQuestionnaireResponseDto, description: 'One session’s forms.' })
  resource!: FhirQuestionnaireResponseDto;
}

/** a client's KOR/FIT forms as a FHIR R4 Bundle (collection). */
export class FhirFeedbackBundleDto {
  @ApiProperty({ description: 'Always Bundle.', enum: ['Bundle'], example: 'Bundle' })
  resourceType!: 'Bundle';

  @ApiProperty({ description: 'Always collection.', enum: ['collection'], example: 'collection' })
  type!: 'collection';

  @ApiProperty({ description: 'When the bundle was made.', example: '2026-11-23T09:15:00.000Z' })
  timestamp!: string;

  @ApiProperty({
    description: 'One QuestionnaireResponse per session, oldest first.',
    type: [FhirFeedbackEntryDto],
  })
  entry!: FhirFeedbackEntryDto[];
}
