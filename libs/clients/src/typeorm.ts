export { clientsPersistence } from './persistence/clients-persistence';
export { clientsMigrations } from './persistence/migrations';
export { TypeOrmClientRepository } from './persistence/client/typeorm-client.repository';
export { TypeOrmVulnerabilityFlagRepository } from './persistence/vulnerability/typeorm-vulnerability-flag.repository';
export { TypeOrmApplicationRepository } from './persistence/application/typeorm-application.repository';
export { TypeOrmEncounterRepository } from './persistence/encounter/typeorm-encounter.repository';
export { TypeOrmHandoverNoteRepository } from './persistence/handover/typeorm-handover-note.repository';
export { TypeOrmVedtakRepository } from './persistence/vedtak/typeorm-vedtak.repository';
export { TypeOrmCrisisPlanRepository } from './persistence/crisis-plan/typeorm-crisis-plan.repository';
export { TypeOrmRelativeRepository } from './persistence/relative/typeorm-relative.repository';
export { TypeOrmClinicalProfileRepository } from './persistence/clinical-profile/typeorm-clinical-profile.repository';
export { typeOrmClientsRepositories } from './persistence/typeorm-clients-repositories';
export { contactCareCondition } from './persistence/client/contact-care-condition';
export {
  clientsClientMergeParticipant,
  CLIENTS_CLIENT_TABLES,
} from './persistence/client-merge/clients-client-merge';
