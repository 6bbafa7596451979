/** The few FHIR R4 data types this library's exports use (https://hl7.org/fhir/R4/datatypes.html). */
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
  system: string;
  value: string;
}

export interface FhirReference {
  reference?: string;
  identifier?: FhirIdentifier;
  display?: string;
}

export interface FhirQuantity {
  value: number;
  unit: string;
  system: string;
  code: string;
}

/** Record ids are UUIDs; as FHIR identifiers they are URNs (RFC 4122 in RFC 3986). */
export function uuidIdentifier(id: string): FhirIdentifier {
  return { system: 'urn:ietf:rfc:3986', value: `urn:uuid:${id}` };
}

/** The municipality (kommunenummer, Volven code system 3402) that provides a service. */
export function municipalityReference(tenantId: string): FhirReference {
  return {
    identifier: { system: 'urn:oid:2.16.578.1.12.4.1.1.3402', value: tenantId },
    display: `Kommune ${tenantId}`,
  };
}

export const UCUM = 'http://unitsofmeasure.org';
