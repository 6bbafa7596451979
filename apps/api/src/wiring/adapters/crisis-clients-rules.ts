import type { ClientsCrisisRules, EncounterCheck, EncounterVerdict } from '@lavterskel/clients';
import type { CrisisPolicy } from '../crisis-policy.provider';
import { libraryVerdict } from './crisis-verdict';

/**
 * CR-7 for the clients library: an encounter on a channel the level does not allow for its
 * service (or, without a service, the level's rule for all services).
 */
export class CrisisClientsRules implements ClientsCrisisRules {
  constructor(private readonly policy: CrisisPolicy) {}

  async checkEncounter(request: EncounterCheck): Promise<EncounterVerdict> {
    return libraryVerdict(
      await this.policy.check({
        actor: request.actor,
        serviceId: request.serviceId,
        clientId: request.clientId,
        action: { kind: 'encounter', channel: request.channel },
      }),
    );
  }
}
