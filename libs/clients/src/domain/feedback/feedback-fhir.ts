import {
  ORS_SCALES,
  SRS_SCALES,
  totalOf,
  type OrsScale,
  type SessionFeedback,
  type SrsScale,
} from './session-feedback';

/** The canonical of our questionnaire: one session's ORS and SRS as two groups. */
export const KOR_FIT_QUESTIONNAIRE = 'https://lavterskel.no/fhir/Questionnaire/kor-fit-session';

const ORS_TEXT: Record<OrsScale, string> = {
  individually: 'Individually (personal well-being)',
  interpersonally: 'Interpersonally (family, close relationships)',
  socially: 'Socially (work, school, friendships)',
  overall: 'Overall (general sense of well-being)',
};

const SRS_TEXT: Record<SrsScale, string> = {
  relationship: 'Relationship: I felt heard, understood and respected',
  goalsAndTopics: 'Goals and topics: we worked on what I wanted to work on',
  approachOrMethod: 'Approach or method: the approach is a good fit for me',
  overall: 'Overall: today’s session was right for me',
};

export interface FhirQuestionnaireItem {
  linkId: string;
  text: string;
  answer?: { valueDecimal: number }[];
  item?: FhirQuestionnaireItem[];
}

export interface FhirQuestionnaireResponse {
  resourceType: 'QuestionnaireResponse';
  id: string;
  questionnaire: string;
  status: 'completed';
  subject: { reference: string };
  encounter: { reference: string };
  authored: string;
  item: FhirQuestionnaireItem[];
}

export interface FhirFeedbackBundle {
  resourceType: 'Bundle';
  type: 'collection';
  timestamp: string;
  entry: { fullUrl: string; resource: FhirQuestionnaireResponse }[];
}

function group<S extends string>(
  linkId: 'ors' | 'srs',
  text: string,
  scales: readonly S[],
  labels: Record<S, string>,
  scores: Readonly<Record<S, number>>,
): FhirQuestionnaireItem {
  return {
    linkId,
    text,
    item: [
      ...scales.map((scale) => ({
        linkId: `${linkId}.${scale}`,
        text: labels[scale],
        answer: [{ valueDecimal: scores[scale] }],
      })),
      {
        linkId: `${linkId}.total`,
        text: 'Total (0–40)',
        answer: [{ valueDecimal: totalOf(scores) }],
      },
    ],
  };
}

/** One session's forms as a FHIR R4 QuestionnaireResponse. */
export function questionnaireResponseOf(feedback: SessionFeedback): FhirQuestionnaireResponse {
  return {
    resourceType: 'QuestionnaireResponse',
    id: feedback.id,
    questionnaire: KOR_FIT_QUESTIONNAIRE,
    status: 'completed',
    subject: { reference: `Patient/${feedback.clientId}` },
    encounter: { reference: `Encounter/${feedback.encounterId}` },
    authored: feedback.sessionAt.toISOString(),
    item: [
      ...(feedback.ors
        ? [group('ors', 'Outcome Rating Scale (ORS)', ORS_SCALES, ORS_TEXT, feedback.ors)]
        : []),
      ...(feedback.srs
        ? [group('srs', 'Session Rating Scale (SRS)', SRS_SCALES, SRS_TEXT, feedback.srs)]
        : []),
    ],
  };
}

/** every form of a client, oldest session first, as a Bundle (collection). */
export function feedbackFhirBundle(
  feedback: readonly SessionFeedback[],
  at: Date,
): FhirFeedbackBundle {
  return {
    resourceType: 'Bundle',
    type: 'collection',
    timestamp: at.toISOString(),
    entry: feedback.map((item) => ({
      fullUrl: `urn:uuid:${item.id}`,
      resource: questionnaireResponseOf(item),
    })),
  };
}
