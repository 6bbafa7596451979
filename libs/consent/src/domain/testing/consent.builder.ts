import { newId } from '@lavterskel/kernel';
import type { Consent } from '../consent';
import type { Recipient } from '../recipient';
import { NOW, SKIEN } from './consent-test-kit';

export const NAV_NUMBER = '889640782';
export const MOTHER_ID = '0f9a3c4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b';
export const NAV: Recipient = { type: 'organisation', organisationNumber: NAV_NUMBER, name: 'NAV' };
export const LAR_DOCTOR_AT_DPS: Recipient = {
  type: 'role',
  organisationNumber: '983971636',
  role: 'lar-doctor',
  name: 'LAR doctor, DPS',
};
export const MOTHER: Extract<Recipient, { type: 'person' }> = {
  type: 'person',
  personId: MOTHER_ID,
  name: 'Kari Nordmann',
  relationship: 'mother',
};

/** A valid current consent version, for tests: active since a month before NOW, for a year. */
export const ConsentBuilder = {
  create(overrides: Partial<Consent> = {}): Consent {
    const validFrom = new Date(Date.parse(NOW) - 30 * 86_400_000);
    return {
      id: newId(),
      tenantId: SKIEN,
      clientId: '6c0b3f5e-7a53-4a52-9d0b-5f1f2e0c9a11',
      version: 1,
      change: 'granted',
      status: 'active',
      categories: ['contact-details'],
      purposes: ['treatment-coordination'],
      recipients: [NAV],
      validFrom,
      validTo: new Date(validFrom.getTime() + 365 * 86_400_000),
      method: 'written',
      grantedAt: validFrom,
      recordedBy: 'nurse-anne',
      recordedAt: validFrom,
      withdrawalReason: null,
      ...overrides,
    };
  },
};
