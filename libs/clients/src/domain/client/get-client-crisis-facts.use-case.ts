import type { Actor } from '@lavterskel/kernel';
import type { ClientsDependencies } from '../clients-dependencies';
import { Violations } from '../shared/violations';
import { requiresTwoStaff, type VulnerabilityFlagCode } from '../vulnerability/vulnerability-flag';
import type { Client } from './client';
import { hasPhone } from './client-details';
import type { ClientStatus } from './client-status';

/** What a crisis priority list needs about one client (CL-10 with the contact facts of CL-1, CL-4). */
export interface ClientCrisisFacts {
  readonly clientId: string;
  readonly status: ClientStatus;
  readonly vulnerabilityFlags: readonly VulnerabilityFlagCode[];
  /** Violence risk: never meet the client alone. */
  readonly twoStaffRequired: boolean;
  /** The client can be phoned: a phone is registered and no `no-phone` flag is set. */
  readonly reachableByPhone: boolean;
  readonly preferredLanguage: string | null;
  readonly interpreterNeeded: boolean;
  readonly primaryContact: string;
  readonly backupContact: string | null;
}

export interface GetClientCrisisFactsInput {
  actor: Actor;
  clientIds: readonly string[];
  /** Why, for the audit trail, e.g. "crisis priority list". */
  purpose?: string;
}

export const MAX_CRISIS_FACTS_BATCH = 500;

type Dependencies = Pick<ClientsDependencies, 'clients' | 'unitOfWork' | 'audit'>;

/**
 * Vulnerability flags and contact facts of many clients at once, for crisis priority lists
 * (CR-4). Ids the municipality does not have are left out. Audited as one search naming every
 * client whose facts were read.
 */
export class GetClientCrisisFacts {
  constructor(private readonly deps: Dependencies) {}

  async execute(input: GetClientCrisisFactsInput): Promise<ClientCrisisFacts[]> {
    if (input.clientIds.length > MAX_CRISIS_FACTS_BATCH) {
      new Violations()
        .add('clientIds', 'max-items', `must hold at most ${MAX_CRISIS_FACTS_BATCH} ids`)
        .throwIfAny();
    }
    return this.deps.unitOfWork.run(async () => {
      const clients = await this.deps.clients.findMany(input.actor.tenantId, input.clientIds);
      await this.deps.audit.record({
        actor: input.actor,
        action: 'search',
        resourceType: 'client-crisis-facts',
        reason: input.purpose,
        clientIds: clients.map((client) => client.id),
      });
      return clients.map(crisisFactsOf);
    });
  }
}

export function crisisFactsOf(client: Client): ClientCrisisFacts {
  return {
    clientId: client.id,
    status: client.status,
    vulnerabilityFlags: client.vulnerabilityFlags,
    twoStaffRequired: requiresTwoStaff(client.vulnerabilityFlags),
    reachableByPhone:
      hasPhone(client.contactChannels) && !client.vulnerabilityFlags.includes('no-phone'),
    preferredLanguage: client.preferredLanguage,
    interpreterNeeded: client.interpreterNeeded,
    primaryContact: client.primaryContact,
    backupContact: client.backupContact,
  };
}
