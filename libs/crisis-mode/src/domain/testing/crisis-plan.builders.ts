import { newId } from '@lavterskel/kernel';
import type { CrisisLevel, CrisisPlan, ServiceRule } from '../plan/crisis-plan';
import { SKIEN } from './in-memory-kernel';

/** A rule for every service (`all`), mode `reduced`, no limits: override what the test is about. */
export function aRule(overrides: Partial<ServiceRule> = {}): ServiceRule {
  return {
    target: { kind: 'all' },
    mode: 'reduced',
    maxGroupSize: null,
    groupsClosed: false,
    batchesPerDay: null,
    allowedChannels: null,
    maxPersonsInPremises: null,
    inPersonOnlyWhereEssential: false,
    dispensingChannels: null,
    eligibility: [],
    prioritised: false,
    note: '',
    ...overrides,
  };
}

export function aLevel(overrides: Partial<CrisisLevel> = {}): CrisisLevel {
  return {
    code: 'red',
    name: 'Rød',
    description: 'Smitte i kommunen',
    rules: [],
    priorityFlags: [],
    staffing: [],
    ...overrides,
  };
}

/** A Skien plan, version 1, with `normal` and the given levels. */
export function aPlan(levels: CrisisLevel[], overrides: Partial<CrisisPlan> = {}): CrisisPlan {
  return {
    id: newId(),
    tenantId: SKIEN,
    version: 1,
    name: 'Beredskapsplan',
    levels: [aLevel({ code: 'normal', name: 'Normal' }), ...levels],
    createdBy: 'coordinator-kari',
    createdAt: new Date('2026-11-01T08:00:00Z'),
    ...overrides,
  };
}
