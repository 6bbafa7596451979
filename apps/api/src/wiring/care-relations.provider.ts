import type { Provider, Type } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { ClientContactCareRelations } from '@lavterskel/clients/nest';
import { clientsInCare, combineCareRelations, type CareRelations } from '@lavterskel/kernel';
import { CARE_RELATIONS } from '@lavterskel/kernel/nest';
import { ServicesCareRelations } from '@lavterskel/services/nest';

/**
 * The libraries' sources of care relations: the clients library knows primary and back-up
 * contacts, the services library knows which teams' services a client is enrolled in.
 */
const sources: Type<CareRelations>[] = [ClientContactCareRelations, ServicesCareRelations];

/**
 * Need-to-know (X-2): a care relation found by any library's source. The sources live in the
 * libraries' modules, so they are looked up once the application is built.
 */
export const careRelationsProvider: Provider = {
  provide: CARE_RELATIONS,
  inject: [ModuleRef],
  useFactory: (moduleRef: ModuleRef): CareRelations => {
    let combined: CareRelations | undefined;
    const all = (): CareRelations =>
      (combined ??= combineCareRelations(
        ...sources.map((source) => moduleRef.get(source, { strict: false })),
      ));
    return {
      hasCareRelation: (actor, clientId) => all().hasCareRelation(actor, clientId),
      clientsInCare: (actor, clientIds) => clientsInCare(all(), actor, clientIds),
    };
  },
};
