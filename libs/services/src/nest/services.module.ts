import { ConfigurableModuleBuilder, Module, type Provider, type Type } from '@nestjs/common';
import type { AuditLog, CareRelations, Clock, UnitOfWork } from '@lavterskel/kernel';
import {
  AUDIT_LOG,
  APPLICATION_CARE_RELATIONS,
  CLOCK,
  ENTITY_MANAGER,
  UNIT_OF_WORK,
  chooseCareRelations,
  withLibraryConventions,
} from '@lavterskel/kernel/nest';
import type { EntityManagerAccessor } from '@lavterskel/kernel/typeorm';
import {
  noServicesCrisisRules,
  type ServicesCrisisRules,
} from '../domain/crisis-rules/services-crisis-rules';
import { noReferralSharing, type ReferralSharing } from '../domain/referrals/referral-sharing';
import type { ServicesPorts } from '../domain/services-ports';
import type { ClientDirectory } from '../domain/shared/client-directory';
import { typeOrmServicesRepositories } from '../persistence/services-repositories';
import { CatalogueController } from './catalogue/catalogue.controller';
import { DispensingsController } from './dispensing/dispensings.controller';
import { PrescriptionsController } from './dispensing/prescriptions.controller';
import { DistributionController } from './distribution/distribution.controller';
import { EnrolmentsController } from './enrolment/enrolments.controller';
import { HealthMeasuresController } from './health/health-measures.controller';
import { OutreachPlacesController } from './outreach/outreach-places.controller';
import { OutreachController } from './outreach/outreach.controller';
import { CooperationController } from './partners/cooperation.controller';
import { PartnersController } from './partners/partners.controller';
import { ReferralsController } from './referrals/referrals.controller';
import { ServicesCareRelations } from './services-care-relations';
import { StaffMembersController } from './staff/staff-members.controller';
import { TeamsController } from './staff/teams.controller';
import { servicesUseCases } from './use-cases';

/** Settings of this library: the ports the application fills. */
export interface ServicesModuleOptions {
  /**
   * The municipality's client registry (required): a client id a request names (an enrolment,
   * a prescription, a handout …) must be one it knows, else 404. The reference API answers it
   * with `ClientExists` of @lavterskel/clients.
   */
  clientDirectory: ClientDirectory;
  /**
   * The crisis rules in force (CR-7), asked before an enrolment, a health measure or a
   * dispensing is recorded. Default: none, everything is allowed.
   */
  crisisRules?: ServicesCrisisRules;
  /**
   * Need-to-know: who serves which client. Default: the application's global
   * CARE_RELATIONS (combine `ServicesCareRelations` with your other sources).
   */
  careRelations?: CareRelations;
  /**
   * The consent decision a referral's shared information rests on (CO-2, CO-3): every category a
   * referral shares is decided and logged, and each share logged as a disclosure. Default: nothing
   * may be shared, so referrals from a service are refused. The reference API answers it with
   * @lavterskel/consent.
   */
  referralSharing?: ReferralSharing;
}

/** The ports every use case is built from. */
export const SERVICES_PORTS = Symbol('lavterskel:services:ports');

/**
 * The library's HTTP controllers; `forRoot({ http: false })` leaves them out. Controllers with
 * fixed paths under `/v1/services` come before the catalogue's `/v1/services/:serviceId`.
 */
const controllers: Type[] = withLibraryConventions([
  PartnersController,
  ReferralsController,
  CatalogueController,
  EnrolmentsController,
  CooperationController,
  HealthMeasuresController,
  TeamsController,
  StaffMembersController,
  PrescriptionsController,
  DispensingsController,
  DistributionController,
  OutreachPlacesController,
  OutreachController,
]);

const { ConfigurableModuleClass, MODULE_OPTIONS_TOKEN } =
  new ConfigurableModuleBuilder<ServicesModuleOptions>()
    .setClassMethodName('forRoot')
    .setExtras({ http: true, global: false }, (definition, extras) => ({
      ...definition,
      global: extras.global,
      controllers: extras.http ? controllers : [],
    }))
    .build();

export const SERVICES_MODULE_OPTIONS = MODULE_OPTIONS_TOKEN;

const portsProvider: Provider = {
  provide: SERVICES_PORTS,
  useFactory: (
    options: ServicesModuleOptions,
    manager: EntityManagerAccessor,
    clock: Clock,
    unitOfWork: UnitOfWork,
    audit: AuditLog,
    careRelations: CareRelations | undefined,
  ): ServicesPorts => {
    const chosen = chooseCareRelations('ServicesModule', options.careRelations, careRelations);
    return {
      clock,
      unitOfWork,
      audit,
      careRelations: chosen,
      clientDirectory: requiredClientDirectory(options),
      crisisRules: options.crisisRules ?? noServicesCrisisRules,
      referralSharing: options.referralSharing ?? noReferralSharing,
      ...typeOrmServicesRepositories(manager, { careRelations: chosen }),
    };
  },
  inject: [
    MODULE_OPTIONS_TOKEN,
    ENTITY_MANAGER,
    CLOCK,
    UNIT_OF_WORK,
    AUDIT_LOG,
    APPLICATION_CARE_RELATIONS,
  ],
};

function requiredClientDirectory(options: ServicesModuleOptions): ClientDirectory {
  const directory = options.clientDirectory as ClientDirectory | undefined;
  if (typeof directory?.exists !== 'function' || typeof directory.requiresTwoStaff !== 'function') {
    throw new Error(
      'ServicesModule needs the option `clientDirectory` ({ exists({ actor, clientId }), requiresTwoStaff({ actor, clientId }) }): the client registry that client ids and record-based rules are checked against. See the README of @lavterskel/services.',
    );
  }
  return directory;
}

const useCaseProviders: Provider[] = servicesUseCases.map((useCase) => ({
  provide: useCase,
  useFactory: (ports: ServicesPorts) => new useCase(ports),
  inject: [SERVICES_PORTS],
}));

/**
 * Needs KernelModule, a TypeORM DataSource with `servicesPersistence`, need-to-know (the
 * `careRelations` option, else `CARE_RELATIONS` in the application), and the `clientDirectory`
 * option (`forRoot({ clientDirectory })`, or `forRootAsync` with a factory). Exports every use case (inject e.g. `ChangeServiceMode` or
 * `FindAvailableStaff` by class) and `ServicesCareRelations`, the care-relation source.
 * `forRoot({ global: true })` makes them injectable everywhere.
 */
@Module({
  providers: [portsProvider, ...useCaseProviders, ServicesCareRelations],
  exports: [SERVICES_PORTS, ...servicesUseCases, ServicesCareRelations],
})
export class ServicesModule extends ConfigurableModuleClass {}
