import type { Provider } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { clientsInCare, combineCareRelations, type CareRelations } from '@lavterskel/kernel';
import { CARE_RELATIONS } from '@lavterskel/kernel/nest';
import { clientsCareRelationSources, servicesCareRelationSources } from './care-relation-sources';

/**
 * Need-to-know (X-2): a care relation found by any library's source. The sources live in the
 * libraries' modules, so they are looked up once the application is built. With none, only an
 * audited break-the-glass opens a client's record.
 */
export const careRelationsProvider: Provider = {
  provide: CARE_RELATIONS,
  inject: [ModuleRef],
  useFactory: (moduleRef: ModuleRef): CareRelations => {
    let combined: CareRelations | undefined;
    const sources = (): CareRelations =>
      (combined ??= combineCareRelations(
        ...[...clientsCareRelationSources, ...servicesCareRelationSources].map((source) =>
          moduleRef.get(source, { strict: false }),
        ),
      ));
    return {
      hasCareRelation: (actor, clientId) => sources().hasCareRelation(actor, clientId),
      clientsInCare: (actor, clientIds) => clientsInCare(sources(), actor, clientIds),
    };
  },
};
