import { newId } from '@lavterskel/kernel';
import type { FakeClient, FakeService, FakeStaffMember } from './in-memory-other-libraries';
import { SKIEN } from './in-memory-kernel';

/** A critical LAR service of Skien, open, run by its own team. */
export function aService(overrides: Partial<FakeService> = {}): FakeService {
  return {
    tenantId: SKIEN,
    id: newId(),
    name: 'LAR-utdeling',
    category: 'low-threshold',
    teamId: newId(),
    critical: false,
    mode: 'open',
    requiredCompetencies: [],
    ...overrides,
  };
}

/** A Skien client with a phone and no flags. */
export function aClient(overrides: Partial<FakeClient> = {}): FakeClient {
  return {
    tenantId: SKIEN,
    clientId: newId(),
    vulnerabilityFlags: [],
    reachableByPhone: true,
    preferredLanguage: null,
    interpreterNeeded: false,
    primaryContact: 'nurse-anne',
    backupContact: null,
    ...overrides,
  };
}

/** A Skien staff member on duty all of 2026, in no team, without competencies. */
export function aStaffMember(overrides: Partial<FakeStaffMember> = {}): FakeStaffMember {
  return {
    tenantId: SKIEN,
    staffId: newId(),
    subject: null,
    name: 'Ola Nordmann',
    teamIds: [],
    competencies: [],
    availability: [{ status: 'on-duty', from: '2026-01-01', to: '2026-12-31' }],
    ...overrides,
  };
}
