import type { DynamicModule } from '@nestjs/common';
import { GetClientCrisisFacts } from '@lavterskel/clients';
import { SharingPolicyService } from '@lavterskel/consent/nest';
import type { OtherLibraries } from '@lavterskel/crisis-mode';
import { CrisisModeModule, type CrisisModeModuleOptions } from '@lavterskel/crisis-mode/nest';
import { CohortArrangements } from '@lavterskel/groups/nest';
import {
  ChangeServiceModes,
  GetService,
  ListActiveEnrolments,
  ListServices,
  ListStaffAvailability,
} from '@lavterskel/services';
import { ServicesCatalogue } from './adapters/crisis-catalogue';
import { ClientsDirectory } from './adapters/crisis-client-directory';
import { GroupsCohorts } from './adapters/crisis-cohorts';
import { ConsentCrisisContacts } from './adapters/crisis-contacts';
import { ServicesEnrolledClients } from './adapters/crisis-enrolments';
import { ServicesModes } from './adapters/crisis-service-modes';
import { ServicesStaffRoster } from './adapters/crisis-staff-roster';
import { clientsWiring } from './clients.wiring';
import { consentWiring } from './consent.wiring';
import { groupsWiring } from './groups.wiring';

/** What crisis mode's ports are built from: the other libraries' public operations. */
export interface CrisisModeSources {
  listServices: ListServices;
  getService: GetService;
  changeServiceModes: ChangeServiceModes;
  listActiveEnrolments: ListActiveEnrolments;
  listStaffAvailability: ListStaffAvailability;
  cohortArrangements: CohortArrangements;
  clientCrisisFacts: GetClientCrisisFacts;
  sharing: SharingPolicyService;
}

/** Crisis mode's `OtherLibraries`, each port an adapter over another library's public operation. */
export function crisisModeOtherLibraries(sources: CrisisModeSources): OtherLibraries {
  return {
    catalogue: new ServicesCatalogue(sources.listServices, sources.getService),
    serviceModes: new ServicesModes(sources.changeServiceModes),
    cohorts: new GroupsCohorts(sources.cohortArrangements),
    enrolments: new ServicesEnrolledClients(sources.listActiveEnrolments),
    clients: new ClientsDirectory(sources.clientCrisisFacts),
    crisisContacts: new ConsentCrisisContacts(sources.sharing),
    staff: new ServicesStaffRoster(sources.listStaffAvailability),
  };
}

/**
 * @lavterskel/crisis-mode in the reference API: its module, with the adapters its ports need.
 * The services library is global; groups, clients and consent export their operations from
 * their wiring modules, imported here. Nothing here injects crisis mode, so there is no cycle:
 * the other libraries reach `CheckCrisisPolicy` lazily, once the application is built.
 */
export const crisisModeWiring: DynamicModule = CrisisModeModule.forRootAsync({
  imports: [groupsWiring, clientsWiring, consentWiring],
  inject: [
    ListServices,
    GetService,
    ChangeServiceModes,
    ListActiveEnrolments,
    ListStaffAvailability,
    CohortArrangements,
    GetClientCrisisFacts,
    SharingPolicyService,
  ],
  useFactory: (
    listServices: ListServices,
    getService: GetService,
    changeServiceModes: ChangeServiceModes,
    listActiveEnrolments: ListActiveEnrolments,
    listStaffAvailability: ListStaffAvailability,
    cohortArrangements: CohortArrangements,
    clientCrisisFacts: GetClientCrisisFacts,
    sharing: SharingPolicyService,
  ): CrisisModeModuleOptions => ({
    otherLibraries: crisisModeOtherLibraries({
      listServices,
      getService,
      changeServiceModes,
      listActiveEnrolments,
      listStaffAvailability,
      cohortArrangements,
      clientCrisisFacts,
      sharing,
    }),
  }),
});
