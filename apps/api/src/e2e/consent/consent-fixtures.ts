import { randomUUID } from 'node:crypto';
import type { TokenClaims } from '../../testing/test-app';

export const SKIEN = '4003';
export const OSLO = '0301';
export const nurse: TokenClaims = { tenant: SKIEN, subject: 'nurse-anne', roles: ['staff'] };
export const otherNurse: TokenClaims = { tenant: SKIEN, subject: 'nurse-ola', roles: ['staff'] };
export const osloNurse: TokenClaims = { tenant: OSLO, subject: 'nurse-anne', roles: ['staff'] };
export const privacyOfficer: TokenClaims = {
  tenant: SKIEN,
  subject: 'officer-kari',
  roles: ['privacy-officer'],
};
export const osloPrivacyOfficer: TokenClaims = {
  tenant: OSLO,
  subject: 'officer-per',
  roles: ['privacy-officer'],
};
export const coordinator: TokenClaims = {
  tenant: SKIEN,
  subject: 'coordinator-liv',
  roles: ['crisis-coordinator'],
};

export const NAV = { type: 'organisation', organisationNumber: '889640782', name: 'NAV Skien' };
export const LAR_DOCTOR = {
  type: 'role',
  organisationNumber: '983971636',
  role: 'lar-doctor',
  name: 'LAR doctor, DPS',
};
export const MOTHER = {
  type: 'person',
  personId: '0f9a3c4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b',
  name: 'Kari Nordmann',
  relationship: 'mother',
};

export const newClientId = (): string => randomUUID();

/** A valid consent body for `clientId`; override any term. */
export function consentBody(
  clientId: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    clientId,
    categories: ['contact-details', 'lar-status'],
    purposes: ['treatment-coordination', 'crisis-contact'],
    recipients: [NAV, LAR_DOCTOR],
    validFrom: '2026-11-01T00:00:00+01:00',
    validTo: '2027-11-01T00:00:00+01:00',
    method: 'written',
    ...overrides,
  };
}

export const JUSTIFICATION =
  'Client unconscious at Skien station; the ambulance needs the LAR dose';
export const BREAK_GLASS = 'Overdose call at the shelter, primary contact unreachable';
