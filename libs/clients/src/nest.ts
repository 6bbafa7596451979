export { CLIENTS_MODULE_OPTIONS, ClientsModule, ClientsModuleOptions } from './nest/clients.module';
export { ClientsErrorFilter } from './nest/clients-error.filter';
export { ClientContactCareRelations } from './nest/assigned-contact-care-relations.provider';
export { CLIENTS_USE_CASES } from './nest/clients-use-cases';
export { CLIENTS_DEPENDENCIES } from './nest/clients.tokens';
export {
  APPLICATION_THROTTLER,
  CLIENT_SEARCH_THROTTLER,
  DEFAULT_APPLICATION_RATE_LIMIT,
  DEFAULT_CLIENT_SEARCH_RATE_LIMIT,
  type ApplicationRateLimit,
} from './nest/clients-rate-limits';
// Controllers are exported so that an application can subclass them.
export { ClientsController } from './nest/client/clients.controller';
export { CaseloadController } from './nest/client/caseload.controller';
export { VulnerabilityFlagsController } from './nest/vulnerability/vulnerability-flags.controller';
export { ApplicationsController } from './nest/application/applications.controller';
export { EncountersController } from './nest/encounter/encounters.controller';
export { HandoverNotesController } from './nest/handover/handover-notes.controller';
export { HandoverInboxController } from './nest/handover/handover-inbox.controller';
export { VedtakController } from './nest/vedtak/vedtak.controller';
export { CrisisPlanController } from './nest/crisis-plan/crisis-plan.controller';
export { RelativesController } from './nest/relative/relatives.controller';
export { ClinicalProfileController } from './nest/clinical-profile/clinical-profile.controller';
