import type { Client, ContactChannel } from '../client/client';
import type { NationalIdKind } from '../national-id/national-id';
import type { Relationship, Relative, RelativeRole } from '../relative/relative';
import type {
  FhirBundle,
  FhirCodeableConcept,
  FhirCoding,
  FhirContactPoint,
  FhirHumanName,
  FhirIdentifier,
  FhirPatient,
  FhirRelatedPerson,
} from './fhir-types';

/** The Norwegian identifier systems (Direktoratet for e-helse's OIDs). */
export const NATIONAL_ID_SYSTEMS: Readonly<Record<NationalIdKind, string>> = {
  fodselsnummer: 'urn:oid:2.16.578.1.12.4.1.4.1',
  'd-nummer': 'urn:oid:2.16.578.1.12.4.1.4.2',
};

const ROLE_CODE = 'http://terminology.hl7.org/CodeSystem/v3-RoleCode';
const CONTACT_ROLE = 'http://terminology.hl7.org/CodeSystem/v2-0131';
const INTERPRETER_REQUIRED = 'http://hl7.org/fhir/StructureDefinition/patient-interpreterRequired';

const RELATIONSHIP_CODES: Readonly<Record<Relationship, FhirCoding | null>> = {
  mother: { system: ROLE_CODE, code: 'MTH', display: 'mother' },
  father: { system: ROLE_CODE, code: 'FTH', display: 'father' },
  parent: { system: ROLE_CODE, code: 'PRN', display: 'parent' },
  sibling: { system: ROLE_CODE, code: 'SIB', display: 'sibling' },
  partner: { system: ROLE_CODE, code: 'SIGOTHR', display: 'significant other' },
  child: { system: ROLE_CODE, code: 'CHILD', display: 'child' },
  'other-relative': { system: ROLE_CODE, code: 'FAMMEMB', display: 'family member' },
  friend: { system: ROLE_CODE, code: 'FRND', display: 'unrelated friend' },
  neighbour: { system: ROLE_CODE, code: 'NBOR', display: 'neighbor' },
  other: null,
};

/** Roles with a code in HL7's contact-role table; the others are carried as text. */
const ROLE_CONCEPTS: Readonly<Record<RelativeRole, FhirCodeableConcept>> = {
  'next-of-kin': {
    coding: [{ system: CONTACT_ROLE, code: 'N', display: 'Next-of-Kin' }],
    text: 'Next of kin',
  },
  'emergency-contact': {
    coding: [{ system: CONTACT_ROLE, code: 'C', display: 'Emergency Contact' }],
    text: 'Emergency contact',
  },
  'trusted-person': { text: 'Trusted person' },
  'contact-tracing': { text: 'Trusted person for contact tracing' },
};

const urn = (id: string) => `urn:uuid:${id}`;

/** the client as a FHIR R4 Patient, with relatives as RelatedPerson, in a collection Bundle. */
export function clientFhirBundle(request: {
  client: Client;
  relatives: readonly Relative[];
  at: Date;
}): FhirBundle {
  const { client, relatives } = request;
  return {
    resourceType: 'Bundle',
    type: 'collection',
    timestamp: request.at.toISOString(),
    entry: [
      { fullUrl: urn(client.id), resource: patientOf(client) },
      ...relatives.map((relative) => ({
        fullUrl: urn(relative.id),
        resource: relatedPersonOf(relative, urn(client.id)),
      })),
    ],
  };
}

export function patientOf(client: Client): FhirPatient {
  const identifier: FhirIdentifier[] = [
    { use: 'secondary', system: 'urn:ietf:rfc:3986', value: urn(client.id) },
  ];
  if (client.nationalId !== null && client.nationalIdKind !== null) {
    identifier.unshift({
      use: 'official',
      system: NATIONAL_ID_SYSTEMS[client.nationalIdKind],
      value: client.nationalId,
    });
  }
  const name: FhirHumanName[] = [];
  if (client.familyName !== null || client.givenName !== null) {
    name.push({
      use: 'official',
      ...(client.familyName !== null ? { family: client.familyName } : {}),
      ...(client.givenName !== null ? { given: client.givenName.split(/\s+/) } : {}),
    });
  }
  if (client.alias !== null) name.push({ use: 'anonymous', text: client.alias });
  const telecom = client.contactChannels.flatMap(contactPointOf);
  const addresses = client.contactChannels.filter((channel) => channel.kind === 'postal-address');
  const birthDate =
    client.birthDate ?? (client.birthYear !== null ? String(client.birthYear) : undefined);
  return {
    resourceType: 'Patient',
    id: client.id,
    extension: [{ url: INTERPRETER_REQUIRED, valueBoolean: client.interpreterNeeded }],
    identifier,
    // A record in active use: an applicant is not yet followed up, a discharged client no longer.
    active: client.status === 'active' || client.status === 'paused',
    ...(name.length > 0 ? { name } : {}),
    ...(telecom.length > 0 ? { telecom } : {}),
    ...(birthDate !== undefined ? { birthDate } : {}),
    ...(addresses.length > 0
      ? { address: addresses.map((address) => ({ use: 'home' as const, text: address.value })) }
      : {}),
    ...(client.preferredLanguage !== null
      ? {
          communication: [
            {
              language: { coding: [{ system: 'urn:ietf:bcp:47', code: client.preferredLanguage }] },
              preferred: true,
            },
          ],
        }
      : {}),
  };
}

export function relatedPersonOf(relative: Relative, patientReference: string): FhirRelatedPerson {
  const relationshipCode = RELATIONSHIP_CODES[relative.relationship];
  const relationship: FhirCodeableConcept[] = [
    relationshipCode
      ? { coding: [relationshipCode], text: relative.relationship }
      : { text: relative.relationship },
    ...relative.roles.map((role) => ROLE_CONCEPTS[role]),
  ];
  const telecom: FhirContactPoint[] = [
    ...(relative.phone !== null ? [{ system: 'phone' as const, value: relative.phone }] : []),
    ...(relative.email !== null ? [{ system: 'email' as const, value: relative.email }] : []),
  ];
  return {
    resourceType: 'RelatedPerson',
    id: relative.id,
    active: true,
    patient: { reference: patientReference },
    relationship,
    name: [{ text: relative.name }],
    ...(telecom.length > 0 ? { telecom } : {}),
  };
}

function contactPointOf(channel: ContactChannel): FhirContactPoint[] {
  switch (channel.kind) {
    case 'mobile':
      return [{ system: 'phone', value: channel.value, use: 'mobile' }];
    case 'landline':
      return [{ system: 'phone', value: channel.value, use: 'home' }];
    case 'email':
      return [{ system: 'email', value: channel.value }];
    case 'postal-address':
    case 'meeting-place':
      return [];
  }
}
