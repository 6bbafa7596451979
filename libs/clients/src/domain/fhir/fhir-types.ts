/**
 * The small part of FHIR R4 this library emits, typed here so that the core depends on no
 * FHIR package. Shapes follow https://hl7.org/fhir/R4/.
 */
export interface FhirCoding {
  system: string;
  code: string;
  display?: string;
}

export interface FhirCodeableConcept {
  coding?: FhirCoding[];
  text?: string;
}

export interface FhirIdentifier {
  use?: 'official' | 'usual' | 'secondary';
  system: string;
  value: string;
}

export interface FhirHumanName {
  use?: 'official' | 'usual' | 'anonymous';
  text?: string;
  family?: string;
  given?: string[];
}

export interface FhirContactPoint {
  system: 'phone' | 'email' | 'other';
  value: string;
  use?: 'home' | 'mobile';
}

export interface FhirPatient {
  resourceType: 'Patient';
  id: string;
  extension?: { url: string; valueBoolean: boolean }[];
  identifier: FhirIdentifier[];
  active: boolean;
  name?: FhirHumanName[];
  telecom?: FhirContactPoint[];
  birthDate?: string;
  address?: { use?: 'home'; text: string }[];
  communication?: { language: FhirCodeableConcept; preferred: boolean }[];
}

export interface FhirRelatedPerson {
  resourceType: 'RelatedPerson';
  id: string;
  active: boolean;
  patient: { reference: string };
  relationship?: FhirCodeableConcept[];
  name: FhirHumanName[];
  telecom?: FhirContactPoint[];
}

export interface FhirBundle {
  resourceType: 'Bundle';
  type: 'collection';
  timestamp: string;
  entry: { fullUrl: string; resource: FhirPatient | FhirRelatedPerson }[];
}
