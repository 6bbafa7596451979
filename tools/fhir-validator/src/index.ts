export { fhirValidationErrors } from './fhir-validation';
