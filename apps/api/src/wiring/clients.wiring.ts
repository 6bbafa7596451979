import type { DynamicModule } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { osloDate } from '@lavterskel/kernel';
import type { StaffAvailability, StaffTeams } from '@lavterskel/clients';
import { ClientsModule, type ClientsModuleOptions } from '@lavterskel/clients/nest';
import { defaultVocabulary } from '@lavterskel/consent';
import { ENTITY_MANAGER } from '@lavterskel/kernel/nest';
import type { EntityManagerAccessor } from '@lavterskel/kernel/typeorm';
import { SharingPolicyService } from '@lavterskel/consent/nest';
import { availabilityOn, type ServicesPorts } from '@lavterskel/services';
import { SERVICES_PORTS } from '@lavterskel/services/nest';
import type { ApiConfig } from '../config/api-config';
import { API_CONFIG } from '../config/api-config.token';
import { ConsentGroupSharing } from './adapters/consent-group-sharing';
import { CrisisClientsRules } from './adapters/crisis-clients-rules';
import { clientMergeParticipants } from './client-merge-participants';
import { CRISIS_POLICY, type CrisisPolicy } from './crisis-policy.provider';
import { servicesWiring } from './services.wiring';

/**
 * CL-4's "who is away" from the services library's staff availability (SV-2): a staff member
 * (matched by token subject) is away on the Oslo day when sick, quarantined or lent to a partner.
 * Only the staff asked about (a caseload page's contacts) are read.
 */
export function servicesStaffAvailability(
  services: Pick<ServicesPorts, 'staff'>,
): StaffAvailability {
  return {
    absentAmong: async ({ tenantId, staff, at }) => {
      const day = osloDate(at);
      const periods = await services.staff.availabilityOfSubjects(tenantId, staff, day);
      return new Set(
        [...periods].flatMap(([subject, availability]) =>
          availabilityOn(availability, day) === 'absent' ? [subject] : [],
        ),
      );
    },
  };
}

/** CL-4's "whose caseload may a lead see" from the services library's team memberships (SV-2), by token subject. */
export function servicesStaffTeams(services: Pick<ServicesPorts, 'staff'>): StaffTeams {
  return {
    teamsOf: ({ tenantId, subject, at }) =>
      services.staff.teamsOfSubject(tenantId, subject, osloDate(at)),
  };
}

/**
 * @lavterskel/clients in the reference API: its module, with the adapters its ports need.
 * Synthetic test national ids are accepted everywhere but in production. Encounters obey crisis
 * mode's policy in force (CR-7). A responsibility group's external members are checked against
 * the consent library's sharing decisions (CO-2); consent's module imports this one, so its
 * SharingPolicyService is looked up on first use. Rate limits come from the configuration. A
 * client merge moves every library's records (client-merge-participants.ts).
 */
export const clientsWiring: DynamicModule = ClientsModule.forRootAsync({
  imports: [servicesWiring],
  inject: [SERVICES_PORTS, API_CONFIG, CRISIS_POLICY, ENTITY_MANAGER, ModuleRef],
  useFactory: (
    services: ServicesPorts,
    config: ApiConfig,
    policy: CrisisPolicy,
    manager: EntityManagerAccessor,
    moduleRef: ModuleRef,
  ): ClientsModuleOptions => ({
    acceptSyntheticNationalIds: !config.production,
    staffAvailability: servicesStaffAvailability(services),
    staffTeams: servicesStaffTeams(services),
    crisisRules: new CrisisClientsRules(policy),
    externalSharing: new ConsentGroupSharing(
      () => moduleRef.get(SharingPolicyService, { strict: false }),
      // consent.wiring configures no vocabulary of its own: the consent library's default.
      defaultVocabulary,
    ),
    applicationRateLimit: config.rateLimits.application,
    searchRateLimit: config.rateLimits.clientSearch,
    mergeParticipants: clientMergeParticipants(manager),
  }),
});
