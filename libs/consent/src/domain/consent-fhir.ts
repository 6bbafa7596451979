import { effectiveStatus, type Consent } from './consent';
import type { Recipient } from './recipient';
import { compileVocabulary, type Vocabulary } from './vocabulary';

export interface FhirCoding {
  system: string;
  code: string;
  display?: string;
}
export interface FhirCodeableConcept {
  coding: FhirCoding[];
  text?: string;
}
export interface FhirReference {
  reference?: string;
  type?: string;
  identifier?: { system: string; value: string };
  display?: string;
}

/** The subset of FHIR R4 `Consent` this library exports (CO-5). */
export interface FhirConsent {
  resourceType: 'Consent';
  id: string;
  meta: { versionId: string; lastUpdated: string };
  status: 'active' | 'inactive';
  scope: FhirCodeableConcept;
  category: FhirCodeableConcept[];
  patient: FhirReference;
  dateTime: string;
  performer: FhirReference[];
  policyRule: FhirCodeableConcept;
  provision: {
    type: 'permit';
    period: { start: string; end?: string };
    actor: { role: FhirCodeableConcept; reference: FhirReference }[];
    purpose: FhirCoding[];
    code: FhirCodeableConcept[];
    securityLabel?: FhirCoding[];
  };
}

/** Local code systems for this library's own codes, next to the standard ones they map to. */
export const CATEGORY_SYSTEM = 'urn:lavterskel:consent:information-category';
export const PURPOSE_SYSTEM = 'urn:lavterskel:consent:purpose';
/** Enhetsregisteret: Norwegian organisation numbers. */
export const ORGANISATION_NUMBER_SYSTEM = 'urn:oid:2.16.578.1.12.4.1.4.101';

const INFORMATION_RECIPIENT: FhirCodeableConcept = {
  coding: [
    {
      system: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType',
      code: 'IRCP',
      display: 'information recipient',
    },
  ],
};

/** A consent as FHIR R4 `Consent`: a privacy consent, opted in, permitting what its terms say. */
export function toFhirConsent(
  consent: Consent,
  context: { vocabulary: Vocabulary; at: Date },
): FhirConsent {
  const { categories, purposes } = compileVocabulary(context.vocabulary);
  const patient = { reference: `Patient/${consent.clientId}` };
  const purposeCodings = consent.purposes.flatMap((code) => {
    const term = purposes.term(code);
    return [
      { system: PURPOSE_SYSTEM, code, display: term?.label ?? code },
      ...(term?.fhir ? [term.fhir] : []),
    ];
  });
  const status = effectiveStatus(consent, context.at);
  const securityLabels = unique(
    consent.categories.flatMap((code) => categories.term(code)?.fhir ?? []),
  );
  return {
    resourceType: 'Consent',
    id: consent.id,
    meta: { versionId: String(consent.version), lastUpdated: consent.recordedAt.toISOString() },
    status: status === 'withdrawn' || status === 'expired' ? 'inactive' : 'active',
    scope: {
      coding: [
        {
          system: 'http://terminology.hl7.org/CodeSystem/consentscope',
          code: 'patient-privacy',
          display: 'Privacy Consent',
        },
      ],
    },
    category: [
      { coding: [{ system: 'http://loinc.org', code: '59284-0', display: 'Patient Consent' }] },
    ],
    patient,
    dateTime: consent.recordedAt.toISOString(),
    performer: [patient],
    policyRule: {
      coding: [
        {
          system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode',
          code: 'OPTIN',
          display: 'opt-in',
        },
      ],
    },
    provision: {
      type: 'permit',
      period: {
        start: consent.validFrom.toISOString(),
        ...(consent.validTo ? { end: consent.validTo.toISOString() } : {}),
      },
      actor: consent.recipients.map(fhirActor),
      purpose: purposeCodings,
      code: consent.categories.map((code) => ({
        coding: [{ system: CATEGORY_SYSTEM, code, display: categories.term(code)?.label ?? code }],
      })),
      ...(securityLabels.length > 0 ? { securityLabel: securityLabels } : {}),
    },
  };
}

function fhirActor(recipient: Recipient): { role: FhirCodeableConcept; reference: FhirReference } {
  switch (recipient.type) {
    case 'organisation':
      return {
        role: INFORMATION_RECIPIENT,
        reference: organisation(recipient.organisationNumber, recipient.name),
      };
    case 'role':
      return {
        role: { ...INFORMATION_RECIPIENT, text: `information recipient: ${recipient.role}` },
        reference: organisation(recipient.organisationNumber, recipient.name),
      };
    case 'person':
      return {
        role: INFORMATION_RECIPIENT,
        reference: {
          reference: `RelatedPerson/${recipient.personId}`,
          type: 'RelatedPerson',
          ...(recipient.name ? { display: recipient.name } : {}),
        },
      };
  }
}

function organisation(organisationNumber: string, name: string | undefined): FhirReference {
  return {
    type: 'Organization',
    identifier: { system: ORGANISATION_NUMBER_SYSTEM, value: organisationNumber },
    ...(name ? { display: name } : {}),
  };
}

function unique(codings: readonly FhirCoding[]): FhirCoding[] {
  return [
    ...new Map(codings.map((coding) => [`${coding.system}|${coding.code}`, coding])).values(),
  ];
}
