import { ConfigurableModuleBuilder, Module, type Type } from '@nestjs/common';
import type {
  AuditLog,
  CareRelations,
  ClientMergeParticipant,
  Clock,
  UnitOfWork,
} from '@lavterskel/kernel';
import {
  APPLICATION_CARE_RELATIONS,
  AUDIT_LOG,
  CLOCK,
  ENTITY_MANAGER,
  UNIT_OF_WORK,
  chooseCareRelations,
  rateLimitProviders,
  withLibraryConventions,
} from '@lavterskel/kernel/nest';
import type { EntityManagerAccessor } from '@lavterskel/kernel/typeorm';
import { everyoneAvailable, type StaffAvailability } from '../domain/client/staff-availability';
import { noKnownTeams, type StaffTeams } from '../domain/client/staff-teams';
import type { ClientsDependencies } from '../domain/clients-dependencies';
import {
  noClientsCrisisRules,
  type ClientsCrisisRules,
} from '../domain/encounter/encounter-crisis-rules';
import { clientsClientMergeParticipant } from '../persistence/client-merge/clients-client-merge';
import {
  noExternalSharingCheck,
  type ExternalSharingCheck,
} from '../domain/responsibility-group/external-sharing-check';
import { typeOrmClientsRepositories } from '../persistence/typeorm-clients-repositories';
import { ApplicationsController } from './application/applications.controller';
import { clientsRateLimits, type ApplicationRateLimit } from './clients-rate-limits';
import { ClientContactCareRelations } from './assigned-contact-care-relations.provider';
import { CaseloadController } from './client/caseload.controller';
import { ClientIdentityController } from './merge/client-identity.controller';
import { ClientsController } from './client/clients.controller';
import { ClinicalProfileController } from './clinical-profile/clinical-profile.controller';
import { CrisisPlanController } from './crisis-plan/crisis-plan.controller';
import { CLIENTS_USE_CASES, useCaseProviders } from './clients-use-cases';
import { CLIENTS_DEPENDENCIES } from './clients.tokens';
import { EncountersController } from './encounter/encounters.controller';
import { IndividualPlanController } from './individual-plan/individual-plan.controller';
import { PlansDueForReviewController } from './individual-plan/plans-due-for-review.controller';
import { ServiceFeedbackSummaryController } from './feedback/service-feedback-summary.controller';
import { SessionFeedbackController } from './feedback/session-feedback.controller';
import { HandoverInboxController } from './handover/handover-inbox.controller';
import { HandoverNotesController } from './handover/handover-notes.controller';
import { RelativesController } from './relative/relatives.controller';
import { GroupMeetingsController } from './responsibility-group/group-meetings.controller';
import { ResponsibilityGroupController } from './responsibility-group/responsibility-group.controller';
import { VedtakController } from './vedtak/vedtak.controller';
import { VulnerabilityFlagsController } from './vulnerability/vulnerability-flags.controller';

/** Settings of this library. */
export class ClientsModuleOptions {
  /** Accept Skatteetaten's and NAV's synthetic test national ids: test environments only. Default false. */
  acceptSyntheticNationalIds?: boolean;
  /** Who of the staff is away (the services library's availability, SV-2); default: nobody is. */
  staffAvailability?: StaffAvailability;
  /**
   * Which teams a staff member works in (the services library's memberships); a team lead sees
   * the caseloads of their own teams' members only. Default: no one is known to be in a team.
   */
  staffTeams?: StaffTeams;
  /**
   * The crisis rules in force (CR-7), asked before an encounter is logged (e.g. no office
   * appointments while the service runs remote). Default: none, every encounter is allowed.
   */
  crisisRules?: ClientsCrisisRules;
  /**
   * The consent library's sharing decision for a responsibility group's external members,
   * asked when the group changes or meets. Default: none, every external member is listed as
   * "not yet consented".
   */
  externalSharing?: ExternalSharingCheck;
  /** The public form's limit per client IP address. Default 20 an hour. */
  applicationRateLimit?: ApplicationRateLimit;
  /** Client search and national-id lookup, per token subject. Default 120 a minute. */
  searchRateLimit?: ApplicationRateLimit;
  /**
   * Need-to-know: who serves which client. Default: the application's global
   * CARE_RELATIONS, else this library's own primary and back-up contacts.
   */
  careRelations?: CareRelations;
  /**
   * The other libraries' shares of a client merge (each library's `…ClientMergeParticipant`),
   * run after this library's own in one transaction. Default: none, only this library's records move.
   */
  mergeParticipants?: readonly ClientMergeParticipant[];
}

/** The library's HTTP controllers; `forRoot({ http: false })` leaves them out. */
const controllers: Type[] = withLibraryConventions([
  ClientsController,
  CaseloadController,
  VulnerabilityFlagsController,
  ApplicationsController,
  EncountersController,
  SessionFeedbackController,
  ServiceFeedbackSummaryController,
  HandoverNotesController,
  HandoverInboxController,
  VedtakController,
  CrisisPlanController,
  IndividualPlanController,
  PlansDueForReviewController,
  RelativesController,
  ClinicalProfileController,
  ClientIdentityController,
  ResponsibilityGroupController,
  GroupMeetingsController,
]);

const { ConfigurableModuleClass, MODULE_OPTIONS_TOKEN } =
  new ConfigurableModuleBuilder<ClientsModuleOptions>()
    .setClassMethodName('forRoot')
    .setExtras({ http: true }, (definition, extras) => ({
      ...definition,
      controllers: extras.http ? controllers : [],
    }))
    .build();

export const CLIENTS_MODULE_OPTIONS = MODULE_OPTIONS_TOKEN;

/**
 * The clients library in a Nest application. Needs KernelModule (CLOCK, ENTITY_MANAGER,
 * UNIT_OF_WORK, AUDIT_LOG); need-to-know is the `careRelations` option, else CARE_RELATIONS in
 * the application, else the clients' primary and back-up contacts. Exports every use case and
 * ClientContactCareRelations, the care-relation source the application combines.
 */
@Module({
  providers: [
    {
      provide: CLIENTS_DEPENDENCIES,
      inject: [
        MODULE_OPTIONS_TOKEN,
        ENTITY_MANAGER,
        UNIT_OF_WORK,
        AUDIT_LOG,
        CLOCK,
        APPLICATION_CARE_RELATIONS,
        ClientContactCareRelations,
      ],
      useFactory: (
        options: ClientsModuleOptions,
        manager: EntityManagerAccessor,
        unitOfWork: UnitOfWork,
        audit: AuditLog,
        clock: Clock,
        careRelations: CareRelations | undefined,
        ownContacts: ClientContactCareRelations,
      ): ClientsDependencies => {
        const chosen = chooseCareRelations(
          'ClientsModule',
          options.careRelations,
          careRelations,
          ownContacts,
        );
        return {
          ...typeOrmClientsRepositories(manager, { careRelations: chosen, audit }),
          mergeParticipants: [
            clientsClientMergeParticipant(manager),
            ...(options.mergeParticipants ?? []),
          ],
          staffAvailability: options.staffAvailability ?? everyoneAvailable,
          staffTeams: options.staffTeams ?? noKnownTeams,
          crisisRules: options.crisisRules ?? noClientsCrisisRules,
          externalSharing: options.externalSharing ?? noExternalSharingCheck,
          careRelations: chosen,
          unitOfWork,
          audit,
          clock,
          settings: {
            nationalIds: { acceptSynthetic: options.acceptSyntheticNationalIds ?? false },
          },
        };
      },
    },
    ...useCaseProviders,
    ClientContactCareRelations,
    // The routes' limits (@RateLimited), counted in the kernel's storage shared by all processes.
    ...rateLimitProviders({
      inject: [MODULE_OPTIONS_TOKEN],
      useFactory: (options: ClientsModuleOptions) =>
        clientsRateLimits({
          application: options.applicationRateLimit,
          search: options.searchRateLimit,
        }),
    }),
  ],
  exports: [...CLIENTS_USE_CASES, ClientContactCareRelations],
})
export class ClientsModule extends ConfigurableModuleClass {}
