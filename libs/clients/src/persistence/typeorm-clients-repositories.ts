import type { EntityManagerAccessor } from '@lavterskel/kernel/typeorm';
import type { ClientsDependencies } from '../domain/clients-dependencies';
import { TypeOrmApplicationRepository } from './application/typeorm-application.repository';
import {
  TypeOrmClientRepository,
  type ClientRepositoryPorts,
} from './client/typeorm-client.repository';
import { TypeOrmClinicalProfileRepository } from './clinical-profile/typeorm-clinical-profile.repository';
import { TypeOrmCrisisPlanRepository } from './crisis-plan/typeorm-crisis-plan.repository';
import { TypeOrmEncounterRepository } from './encounter/typeorm-encounter.repository';
import { TypeOrmSessionFeedbackRepository } from './feedback/typeorm-session-feedback.repository';
import { TypeOrmHandoverNoteRepository } from './handover/typeorm-handover-note.repository';
import { TypeOrmClientMergeRepository } from './merge/typeorm-client-merge.repository';
import { TypeOrmIndividualPlanRepository } from './individual-plan/typeorm-individual-plan.repository';
import { TypeOrmRelativeRepository } from './relative/typeorm-relative.repository';
import { TypeOrmResponsibilityGroupRepository } from './responsibility-group/typeorm-responsibility-group.repository';
import { TypeOrmVedtakRepository } from './vedtak/typeorm-vedtak.repository';
import { TypeOrmVulnerabilityFlagRepository } from './vulnerability/typeorm-vulnerability-flag.repository';

export type ClientsRepositories = Pick<
  ClientsDependencies,
  | 'clients'
  | 'vulnerabilityFlags'
  | 'applications'
  | 'encounters'
  | 'sessionFeedback'
  | 'handoverNotes'
  | 'vedtak'
  | 'crisisPlans'
  | 'individualPlans'
  | 'relatives'
  | 'responsibilityGroups'
  | 'clinicalProfiles'
  | 'clientMerges'
>;

/**
 * Every repository of this library on one EntityManager accessor (the caller's transaction).
 * Care relations and an audit log that offer SQL (`inStatement`) let the client register check
 * need-to-know and write the access row inside its own statements.
 */
export function typeOrmClientsRepositories(
  manager: EntityManagerAccessor,
  ports: ClientRepositoryPorts = {},
): ClientsRepositories {
  return {
    clients: new TypeOrmClientRepository(manager, ports),
    vulnerabilityFlags: new TypeOrmVulnerabilityFlagRepository(manager),
    applications: new TypeOrmApplicationRepository(manager),
    encounters: new TypeOrmEncounterRepository(manager),
    sessionFeedback: new TypeOrmSessionFeedbackRepository(manager),
    handoverNotes: new TypeOrmHandoverNoteRepository(manager),
    vedtak: new TypeOrmVedtakRepository(manager),
    crisisPlans: new TypeOrmCrisisPlanRepository(manager),
    individualPlans: new TypeOrmIndividualPlanRepository(manager),
    relatives: new TypeOrmRelativeRepository(manager),
    responsibilityGroups: new TypeOrmResponsibilityGroupRepository(manager),
    clinicalProfiles: new TypeOrmClinicalProfileRepository(manager),
    clientMerges: new TypeOrmClientMergeRepository(manager),
  };
}
