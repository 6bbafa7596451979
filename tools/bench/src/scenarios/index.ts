import { caseloadScenario } from './caseload';
import { dispenseScenario } from './dispense';
import { frameworkCeilingScenario } from './framework-ceiling';
import { healthScenario } from './health';
import { joinCohortScenario } from './join-cohort';
import { readClientScenario } from './read-client';
import { recordEncounterScenario } from './record-encounter';
import { registerClientScenario } from './register-client';
import type { BenchContext, Scenario } from './scenario';
import { searchClientsScenario } from './search-clients';
import { sharingDecisionScenario } from './sharing-decision';

/** How many write fixtures the bench makes before measuring writes that must not repeat. */
export interface WriteFixtures {
  prescriptions: number;
  groups: number;
}

/** Every scenario of the report, reads first (writes change what later reads see). */
export function allScenarios(context: BenchContext, fixtures: WriteFixtures): Scenario[] {
  return [
    readClientScenario(context),
    searchClientsScenario(context),
    caseloadScenario(context),
    registerClientScenario(context),
    recordEncounterScenario(context),
    sharingDecisionScenario(context),
    dispenseScenario(context, fixtures.prescriptions),
    joinCohortScenario(context, fixtures.groups),
    healthScenario(),
    frameworkCeilingScenario(context),
  ];
}

/** The scenarios whose growth with the municipality's size the report follows. */
export function growthScenarios(context: BenchContext): Scenario[] {
  return [readClientScenario(context), searchClientsScenario(context), caseloadScenario(context)];
}
