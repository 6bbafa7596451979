import { newId } from '@lavterskel/kernel';
import type { Service } from '../catalogue/service';
import type { Prescription } from '../dispensing/prescription';
import { SKIEN } from './kernel-fakes';

export const LAR_TEAM = '0b6a5c1e-2f3d-4e5f-8a9b-0c1d2e3f4a5b';

export function aService(overrides: Partial<Service> = {}): Service {
  return {
    id: newId(),
    tenantId: SKIEN,
    teamId: LAR_TEAM,
    name: 'LAR-utdeling',
    category: 'low-threshold',
    location: { name: 'MMO-senteret', address: null },
    openingHours: [],
    capacity: null,
    critical: true,
    requiredCompetencies: ['lar-dispensing'],
    mode: 'open',
    modeChangedAt: null,
    version: 1,
    createdAt: new Date('2026-11-01T08:00:00Z'),
    updatedAt: new Date('2026-11-01T08:00:00Z'),
    ...overrides,
  };
}

export function aPrescription(overrides: Partial<Prescription> = {}): Prescription {
  return {
    id: newId(),
    tenantId: SKIEN,
    clientId: newId(),
    serviceId: newId(),
    medication: 'methadone',
    dailyDoseMg: 60,
    validFrom: '2026-11-01',
    validTo: '2026-12-31',
    place: { kind: 'centre' },
    prescriber: 'LAR-lege, TSB Telemark',
    createdBy: 'doctor',
    createdAt: new Date('2026-11-01T08:00:00Z'),
    ...overrides,
  };
}
