import { ConfigurableModuleBuilder, Module, type Type } from '@nestjs/common';
import type { AuditLog, CareRelations, Clock, UnitOfWork } from '@lavterskel/kernel';
import {
  APPLICATION_CARE_RELATIONS,
  AUDIT_LOG,
  CLOCK,
  ENTITY_MANAGER,
  UNIT_OF_WORK,
  chooseCareRelations,
  withLibraryConventions,
} from '@lavterskel/kernel/nest';
import type { EntityManagerAccessor } from '@lavterskel/kernel/typeorm';
import { AmendConsent } from '../domain/amend-consent.use-case';
import type { ClientRoster } from '../domain/client-roster';
import type { ConsentDependencies } from '../domain/consent-dependencies';
import { CrisisContactabilityReport } from '../domain/crisis-contactability-report.use-case';
import { ExportFhirConsent } from '../domain/export-fhir-consent.use-case';
import { GetConsent } from '../domain/get-consent.use-case';
import { GrantConsent } from '../domain/grant-consent.use-case';
import { ListClientConsents } from '../domain/list-client-consents.use-case';
import { ListClientDisclosures } from '../domain/list-client-disclosures.use-case';
import { ListConsentVersions } from '../domain/list-consent-versions.use-case';
import { ListDecisionsForReview } from '../domain/list-decisions-for-review.use-case';
import { RecordDisclosure } from '../domain/record-disclosure.use-case';
import { RequestSharingDecision } from '../domain/request-sharing-decision.use-case';
import { ReviewDecision } from '../domain/review-decision.use-case';
import { WithdrawConsent } from '../domain/withdraw-consent.use-case';
import { defaultVocabulary, type Vocabulary } from '../domain/vocabulary';
import { TypeOrmConsentRepository } from '../persistence/typeorm-consent.repository';
import { TypeOrmDisclosureRepository } from '../persistence/typeorm-disclosure.repository';
import { TypeOrmSharingDecisionRepository } from '../persistence/typeorm-sharing-decision.repository';
import { ClientDisclosuresController } from './client-disclosures.controller';
import { ConsentVocabularyController } from './consent-vocabulary.controller';
import { CONSENT_DEPENDENCIES } from './consent.tokens';
import { ConsentsController } from './consents.controller';
import { CrisisContactabilityController } from './crisis-contactability.controller';
import { SharingDecisionsController } from './sharing-decisions.controller';
import { SharingPolicyService } from './sharing-policy.service';

/** Settings of this library. */
export interface ConsentModuleOptions {
  /** The municipality's clients, from the client registry: the CO-4 report and privacy officers' access. */
  clientRoster: ClientRoster;
  /** Categories, purposes and what crisis contact means; default: `defaultVocabulary`. */
  vocabulary?: Vocabulary;
  /** Need-to-know: who serves which client. Default: the application's global CARE_RELATIONS. */
  careRelations?: CareRelations;
}

/** The library's HTTP controllers; `forRoot({ http: false })` leaves them out. Static paths before `:id`. */
const controllers: Type[] = withLibraryConventions([
  ConsentVocabularyController,
  CrisisContactabilityController,
  ConsentsController,
  SharingDecisionsController,
  ClientDisclosuresController,
]);

const useCases: (new (deps: ConsentDependencies) => object)[] = [
  GrantConsent,
  AmendConsent,
  WithdrawConsent,
  GetConsent,
  ListConsentVersions,
  ListClientConsents,
  ExportFhirConsent,
  RequestSharingDecision,
  RecordDisclosure,
  ListClientDisclosures,
  ReviewDecision,
  ListDecisionsForReview,
  CrisisContactabilityReport,
];

const { ConfigurableModuleClass, MODULE_OPTIONS_TOKEN } =
  new ConfigurableModuleBuilder<ConsentModuleOptions>()
    .setClassMethodName('forRoot')
    .setExtras({ http: true }, (definition, extras) => ({
      ...definition,
      controllers: extras.http ? controllers : [],
    }))
    .build();

export const CONSENT_MODULE_OPTIONS = MODULE_OPTIONS_TOKEN;

/**
 * Consents, sharing decisions, disclosures and crisis contactability. Needs KernelModule, a
 * TypeORM DataSource with `consentPersistence`, and need-to-know (the `careRelations` option,
 * else CARE_RELATIONS in the application). Exports SharingPolicyService (the port other
 * libraries use) and the use cases.
 */
@Module({
  providers: [
    {
      provide: CONSENT_DEPENDENCIES,
      inject: [
        MODULE_OPTIONS_TOKEN,
        ENTITY_MANAGER,
        UNIT_OF_WORK,
        AUDIT_LOG,
        APPLICATION_CARE_RELATIONS,
        CLOCK,
      ],
      useFactory: (
        options: ConsentModuleOptions,
        manager: EntityManagerAccessor,
        unitOfWork: UnitOfWork,
        audit: AuditLog,
        careRelations: CareRelations | undefined,
        clock: Clock,
      ): ConsentDependencies => {
        const chosen = chooseCareRelations('ConsentModule', options.careRelations, careRelations);
        return {
          consents: new TypeOrmConsentRepository(manager, chosen.inStatement),
          decisions: new TypeOrmSharingDecisionRepository(manager),
          disclosures: new TypeOrmDisclosureRepository(manager),
          roster: options.clientRoster,
          careRelations: chosen,
          audit,
          unitOfWork,
          clock,
          vocabulary: options.vocabulary ?? defaultVocabulary,
        };
      },
    },
    ...useCases.map((useCase) => ({
      provide: useCase,
      inject: [CONSENT_DEPENDENCIES],
      useFactory: (deps: ConsentDependencies) => new useCase(deps),
    })),
    SharingPolicyService,
  ],
  exports: [SharingPolicyService, ...useCases],
})
export class ConsentModule extends ConfigurableModuleClass {}
