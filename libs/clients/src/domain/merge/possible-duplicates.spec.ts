import type { Client } from '../client/client';
import {
  identifiedClientDetails,
  pseudonymousClientDetails,
} from '../testing/client-details.builder';
import { duplicateReasons } from './possible-duplicates';

describe('duplicateReasons (CL-1)', () => {
  let sequence = 0;
  const client = (details: Partial<Client>): Client => {
    sequence += 1;
    return {
      ...pseudonymousClientDetails(),
      id: `client-${sequence}`,
      tenantId: '4003',
      nationalIdKind: null,
      status: 'active',
      primaryContact: 'nurse-anne',
      backupContact: null,
      applicationId: null,
      vulnerabilityFlags: [],
      version: 1,
      createdAt: new Date('2026-11-23T09:00:00Z'),
      updatedAt: new Date('2026-11-23T09:00:00Z'),
      ...details,
    } as Client;
  };
  const kari = client({
    ...identifiedClientDetails({ givenName: 'Kari', familyName: 'Nilsen' }),
    birthDate: '1990-06-01',
    birthYear: null,
    contactChannels: [{ kind: 'mobile', value: '+47 987 65 432', note: null }],
  });

  it('pairs a pseudonymous client of the same birth year and a similar name', () => {
    expect(duplicateReasons(kari, client({ alias: 'Karin', birthYear: 1990 }))).toEqual([
      'same-birth-year-similar-name',
    ]);
    expect(duplicateReasons(kari, client({ alias: 'Karin', birthYear: 1991 }))).toEqual([]);
    expect(duplicateReasons(kari, client({ alias: 'Kaja', birthYear: 1990 }))).toEqual([]);
  });

  it('compares birth dates where both have one', () => {
    const sameDay = client({ alias: 'Nilsen', birthYear: 1990, birthDate: '1990-06-01' });
    const otherDay = client({ alias: 'Nilsen', birthYear: 1990, birthDate: '1990-06-02' });
    expect(duplicateReasons(kari, sameDay)).toEqual(['same-birth-date-similar-name']);
    expect(duplicateReasons(kari, otherDay)).toEqual([]);
  });

  it('pairs the same phone however it is written', () => {
    const phone = client({
      alias: 'Bamse',
      birthYear: 1975,
      contactChannels: [{ kind: 'mobile', value: '98765432', note: null }],
    });
    expect(duplicateReasons(kari, phone)).toEqual(['same-phone']);
  });

  it('never pairs two identified clients: their national ids tell them apart', () => {
    const twin = client({
      ...identifiedClientDetails({ givenName: 'Kari', familyName: 'Nilsen' }),
      birthDate: '1990-06-01',
      contactChannels: kari.contactChannels,
    });
    expect(duplicateReasons(kari, twin)).toEqual([]);
  });
});
