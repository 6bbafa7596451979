// Test data and in-memory fakes of this library's ports, for tests of applications that use it.
export {
  nthSyntheticNationalId,
  syntheticNationalId,
  type SyntheticNationalIdInput,
} from './domain/testing/synthetic-national-id';
export {
  identifiedClientDetails,
  pseudonymousClientDetails,
} from './domain/testing/client-details.builder';
export {
  inMemoryClients,
  staffActor,
  type InMemoryClients,
} from './domain/testing/in-memory-clients';
