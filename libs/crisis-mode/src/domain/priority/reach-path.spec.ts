import type { ClientFacts, ConsentedContact } from '../other-libraries';
import { reachPath } from './reach-path';

const facts = (overrides: Partial<ClientFacts> = {}): ClientFacts => ({
  clientId: 'c-1',
  vulnerabilityFlags: [],
  reachableByPhone: true,
  preferredLanguage: null,
  interpreterNeeded: false,
  primaryContact: 'nurse-anne',
  backupContact: null,
  ...overrides,
});
const bymisjon: ConsentedContact = {
  kind: 'organisation',
  description: 'Kirkens Bymisjon Skien',
  consentId: '1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed',
};

describe('reach path (CR-4)', () => {
  it('phones a client who can be phoned, and still lists who holds consent', () => {
    expect(reachPath(facts(), [bymisjon])).toEqual({
      kind: 'phone',
      via: [bymisjon],
      twoStaffRequired: false,
      noPathReasons: [],
      reason: null,
    });
  });

  it('visits a client without a phone who has a home and a primary contact', () => {
    const path = reachPath(
      facts({ reachableByPhone: false, vulnerabilityFlags: ['no-phone'] }),
      [],
    );
    expect(path.kind).toBe('visit');
  });

  it('a visit to a client with violence risk needs two staff', () => {
    const path = reachPath(
      facts({ reachableByPhone: false, vulnerabilityFlags: ['no-phone', 'violence-risk'] }),
      [],
    );
    expect(path).toMatchObject({ kind: 'visit', twoStaffRequired: true });
  });

  it('goes via a consented partner when there is no phone and no home to visit', () => {
    const path = reachPath(facts({ reachableByPhone: false, vulnerabilityFlags: ['homeless'] }), [
      bymisjon,
    ]);
    expect(path).toMatchObject({ kind: 'via', via: [bymisjon], reason: null });
  });

  it('says no-path, and why, for a homeless client without phone or consent', () => {
    const path = reachPath(
      facts({ reachableByPhone: false, vulnerabilityFlags: ['homeless'] }),
      [],
    );
    expect(path).toEqual({
      kind: 'no-path',
      via: [],
      twoStaffRequired: false,
      noPathReasons: ['no-phone', 'no-known-address', 'no-crisis-consent'],
      reason:
        'No phone; homeless, so no address for a home visit; no consent lets a partner or trusted person contact them.',
    });
  });

  it('says no-path with no-primary-contact when nobody knows where to visit', () => {
    const path = reachPath(facts({ reachableByPhone: false, primaryContact: ' ' }), []);
    expect(path.noPathReasons).toEqual(['no-phone', 'no-primary-contact', 'no-crisis-consent']);
  });
});
