import { EMPTY_CLIENT_DETAILS, type Client } from '../client/client';
import type { Relative } from '../relative/relative';
import { clientFhirBundle } from './client-fhir';

const client: Client = {
  ...EMPTY_CLIENT_DETAILS,
  id: '0b6c1f0e-5a0a-4f57-9c53-3d1b0a7e6c11',
  tenantId: '4003' as Client['tenantId'],
  nationalId: '02013299997',
  nationalIdKind: 'fodselsnummer',
  givenName: 'Kari Anne',
  familyName: 'Nordmann',
  alias: 'Kaja',
  birthDate: '1932-01-02',
  contactChannels: [
    { kind: 'mobile', value: '+47 912 34 567', note: null },
    { kind: 'postal-address', value: 'Storgata 1, 3716 Skien', note: null },
    { kind: 'meeting-place', value: 'Bybrua', note: null },
  ],
  preferredLanguage: 'nb',
  interpreterNeeded: false,
  status: 'active',
  primaryContact: 'nurse-anne',
  backupContact: null,
  applicationId: null,
  vulnerabilityFlags: [],
  version: 3,
  createdAt: new Date('2026-11-01T10:00:00Z'),
  updatedAt: new Date('2026-11-02T10:00:00Z'),
};

const relative: Relative = {
  id: '5d0e8f7a-1b2c-4d3e-8f9a-0b1c2d3e4f50',
  clientId: client.id,
  name: 'Eva Nordmann',
  relationship: 'sibling',
  roles: ['next-of-kin', 'contact-tracing'],
  phone: '+47 911 11 111',
  email: null,
  note: null,
  version: 1,
  updatedBy: 'nurse-anne',
  updatedAt: new Date('2026-11-02T10:00:00Z'),
};

describe('clientFhirBundle (X-5)', () => {
  it('maps the client to a Patient with the fødselsnummer OID, and relatives to RelatedPerson', () => {
    const bundle = clientFhirBundle({
      client,
      relatives: [relative],
      at: new Date('2026-11-23T09:00:00Z'),
    });
    const [patientEntry, relativeEntry] = bundle.entry;
    expect(patientEntry?.resource).toMatchObject({
      resourceType: 'Patient',
      identifier: [
        { system: 'urn:oid:2.16.578.1.12.4.1.4.1', value: '02013299997' },
        { value: `urn:uuid:${client.id}` },
      ],
      name: [
        { use: 'official', family: 'Nordmann', given: ['Kari', 'Anne'] },
        { use: 'anonymous', text: 'Kaja' },
      ],
      telecom: [{ system: 'phone', value: '+47 912 34 567', use: 'mobile' }],
      address: [{ text: 'Storgata 1, 3716 Skien' }],
      birthDate: '1932-01-02',
      active: true,
    });
    expect(relativeEntry?.resource).toMatchObject({
      resourceType: 'RelatedPerson',
      patient: { reference: `urn:uuid:${client.id}` },
      relationship: [
        { coding: [{ code: 'SIB' }] },
        { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0131', code: 'N' }] },
        { text: 'Trusted person for contact tracing' },
      ],
    });
  });

  it.each([
    ['applicant', false],
    ['active', true],
    ['paused', true],
    ['discharged', false],
  ] as const)('marks a %s client active: %s (a record in active follow-up)', (status, active) => {
    const bundle = clientFhirBundle({
      client: { ...client, status },
      relatives: [],
      at: new Date('2026-11-23T09:00:00Z'),
    });
    expect(bundle.entry[0]?.resource).toMatchObject({ resourceType: 'Patient', active });
  });

  it('uses the D-nummer OID, and a birth year for a pseudonymous client without a birth date', () => {
    const dnummer = clientFhirBundle({
      client: { ...client, nationalIdKind: 'd-nummer' },
      relatives: [],
      at: new Date(),
    });
    expect(dnummer.entry[0]?.resource).toMatchObject({
      identifier: [{ system: 'urn:oid:2.16.578.1.12.4.1.4.2' }, {}],
    });
    const pseudonymous = clientFhirBundle({
      client: {
        ...client,
        nationalId: null,
        nationalIdKind: null,
        givenName: null,
        familyName: null,
        birthDate: null,
        birthYear: 1988,
      },
      relatives: [],
      at: new Date(),
    });
    expect(pseudonymous.entry[0]?.resource).toMatchObject({
      identifier: [{ system: 'urn:ietf:rfc:3986' }],
      name: [{ use: 'anonymous' }],
      birthDate: '1988',
    });
  });
});
