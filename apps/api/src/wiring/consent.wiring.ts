import type { DynamicModule } from '@nestjs/common';
import { ClientExists, ListActiveClientIds } from '@lavterskel/clients';
import { ConsentModule } from '@lavterskel/consent/nest';
import { ClientsRoster } from './adapters/clients-roster';
import { clientsWiring } from './clients.wiring';

/** @lavterskel/consent in the reference API: the municipality's clients come from the client registry. */
export const consentWiring: DynamicModule = ConsentModule.forRootAsync({
  imports: [clientsWiring],
  inject: [ListActiveClientIds, ClientExists],
  useFactory: (roster: ListActiveClientIds, exists: ClientExists) => ({
    clientRoster: new ClientsRoster(roster, exists),
  }),
});
