import { EMPTY_CLIENT_DETAILS, type ClientDetails } from '../client/client';
import { nthSyntheticNationalId } from './synthetic-national-id';

let sequence = 0;

/** Details of an identified client with a fresh synthetic national id; override what the test is about. */
export function identifiedClientDetails(overrides: Partial<ClientDetails> = {}): ClientDetails {
  sequence += 1;
  return {
    ...EMPTY_CLIENT_DETAILS,
    nationalId: nthSyntheticNationalId(sequence),
    givenName: 'Kari',
    familyName: `Testesen${sequence}`,
    contactChannels: [{ kind: 'mobile', value: '+47 912 34 567', note: null }],
    preferredLanguage: 'nb',
    ...overrides,
  };
}

/** Details of a pseudonymous client: an alias and a birth year, nothing more. */
export function pseudonymousClientDetails(overrides: Partial<ClientDetails> = {}): ClientDetails {
  return { ...EMPTY_CLIENT_DETAILS, alias: 'Fjellreven', birthYear: 1988, ...overrides };
}
