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
import { ApplyCohortSizeUseCase } from '../domain/apply-cohort-size.use-case';
import { CreateCohortUseCase } from '../domain/create-cohort.use-case';
import { CreateGroupUseCase } from '../domain/create-group.use-case';
import { ExportCohortUseCase } from '../domain/export-cohort.use-case';
import type { ClientDirectory } from '../domain/client-directory';
import type { ExposureDisclosureCheck } from '../domain/exposure';
import { noGroupCrisisRules, type GroupCrisisRules } from '../domain/group-crisis-rules';
import { GenerateSessionsUseCase } from '../domain/generate-sessions.use-case';
import { GetAttendanceUseCase } from '../domain/get-attendance.use-case';
import { GetGroupUseCase } from '../domain/get-group.use-case';
import { GetMembershipUseCase } from '../domain/get-membership.use-case';
import { JoinGroupUseCase } from '../domain/join-group.use-case';
import { LeaveGroupUseCase } from '../domain/leave-group.use-case';
import { ListGroupsUseCase } from '../domain/list-groups.use-case';
import { ListMembersUseCase } from '../domain/list-members.use-case';
import { ListSessionsUseCase } from '../domain/list-sessions.use-case';
import type { GroupsPorts } from '../domain/ports';
import { QueryExposureUseCase } from '../domain/query-exposure.use-case';
import { RecordAttendanceUseCase } from '../domain/record-attendance.use-case';
import { PreviewCohortSizeUseCase } from '../domain/preview-cohort-size.use-case';
import { RestoreArrangementUseCase } from '../domain/restore-arrangement.use-case';
import { UpdateGroupUseCase } from '../domain/update-group.use-case';
import { typeOrmGroupsRepositories } from '../persistence/typeorm-groups-repositories';
import { ArrangementsController } from './arrangements.controller';
import { CohortArrangements } from './cohort-arrangements';
import { CohortsController } from './cohorts.controller';
import { ExposureController } from './exposure.controller';
import { GroupsController } from './groups.controller';
import { MembersController } from './members.controller';
import { SessionsController } from './sessions.controller';

/** Settings of this library. */
export interface GroupsModuleOptions {
  /**
   * GR-6: may an exposure list be disclosed to this actor for contact tracing? Answer it with
   * your consent service; an exposure query is refused whenever it does not say `permitted`.
   */
  exposureDisclosureCheck: ExposureDisclosureCheck;
  /**
   * The municipality's client registry (required): a client who joins a group must be one it
   * knows, else 404. The reference API answers it with `ClientExists` of @lavterskel/clients.
   */
  clientDirectory: ClientDirectory;
  /**
   * CR-7: the crisis rules in force, asked before a client joins a group (closed groups, a
   * smaller group size, residents only). Default: none, every join is allowed.
   */
  crisisRules?: GroupCrisisRules;
  /** Need-to-know: who serves which client. Default: the application's global CARE_RELATIONS. */
  careRelations?: CareRelations;
}

/**
 * The library's HTTP controllers; `forRoot({ http: false })` leaves them out. Static paths
 * (`exposure`, `arrangements`) come before `:groupId`, which would otherwise match them.
 */
const controllers: Type[] = withLibraryConventions([
  ExposureController,
  ArrangementsController,
  GroupsController,
  CohortsController,
  MembersController,
  SessionsController,
]);

const { ConfigurableModuleClass, MODULE_OPTIONS_TOKEN } =
  new ConfigurableModuleBuilder<GroupsModuleOptions>()
    .setClassMethodName('forRoot')
    .setExtras({ http: true }, (definition, extras) => ({
      ...definition,
      controllers: extras.http ? controllers : [],
    }))
    .build();

export const GROUPS_MODULE_OPTIONS = MODULE_OPTIONS_TOKEN;
const GROUPS_PORTS = Symbol('lavterskel:groups:ports');

const useCases: (new (ports: GroupsPorts) => unknown)[] = [
  CreateGroupUseCase,
  UpdateGroupUseCase,
  GetGroupUseCase,
  ListGroupsUseCase,
  CreateCohortUseCase,
  ExportCohortUseCase,
  JoinGroupUseCase,
  LeaveGroupUseCase,
  GetMembershipUseCase,
  ListMembersUseCase,
  GenerateSessionsUseCase,
  ListSessionsUseCase,
  RecordAttendanceUseCase,
  GetAttendanceUseCase,
  QueryExposureUseCase,
  ApplyCohortSizeUseCase,
  PreviewCohortSizeUseCase,
  RestoreArrangementUseCase,
];

const portsProvider: Provider = {
  provide: GROUPS_PORTS,
  inject: [
    UNIT_OF_WORK,
    AUDIT_LOG,
    CLOCK,
    APPLICATION_CARE_RELATIONS,
    ENTITY_MANAGER,
    MODULE_OPTIONS_TOKEN,
  ],
  useFactory: (
    unitOfWork: UnitOfWork,
    audit: AuditLog,
    clock: Clock,
    careRelations: CareRelations | undefined,
    manager: EntityManagerAccessor,
    options: GroupsModuleOptions,
  ): GroupsPorts => ({
    ...typeOrmGroupsRepositories(manager),
    unitOfWork,
    audit,
    clock,
    careRelations: chooseCareRelations('GroupsModule', options.careRelations, careRelations),
    exposureDisclosure: options.exposureDisclosureCheck,
    clientDirectory: requiredClientDirectory(options),
    crisisRules: options.crisisRules ?? noGroupCrisisRules,
  }),
};

function requiredClientDirectory(options: GroupsModuleOptions): ClientDirectory {
  const directory = options.clientDirectory as ClientDirectory | undefined;
  if (typeof directory?.exists !== 'function') {
    throw new Error(
      'GroupsModule needs the option `clientDirectory` ({ exists({ actor, clientId }) }): the client registry that joining clients are checked against. See the README of @lavterskel/groups.',
    );
  }
  return directory;
}

/**
 * Groups, cohorts, re-cohorting, attendance and exposure (GR-1 … GR-6). Needs KernelModule,
 * a TypeORM DataSource with `groupsPersistence`, `CARE_RELATIONS` from the application, and
 * the options `exposureDisclosureCheck` and `clientDirectory`.
 * Exports every use case and `CohortArrangements` (apply/restore a cohort size, for crisis mode).
 */
@Module({
  providers: [
    portsProvider,
    ...useCases.map((useCase): Provider => ({
      provide: useCase,
      inject: [GROUPS_PORTS],
      useFactory: (ports: GroupsPorts) => new useCase(ports),
    })),
    CohortArrangements,
  ],
  exports: [CohortArrangements, ...useCases],
})
export class GroupsModule extends ConfigurableModuleClass {}
