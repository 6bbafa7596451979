import { staleVersion } from '@lavterskel/kernel';
import type { ClientsDependencies } from '../clients-dependencies';
import { Violations } from '../shared/violations';
import type { Client } from './client';
import { validateCareContacts, type CareContacts } from './care-contacts';
import { openClientRecord, type ClientRecordRequest } from './open-client-record';

export interface AssignCareContactsInput extends ClientRecordRequest, CareContacts {
  expectedVersion: number;
}

type Dependencies = Pick<
  ClientsDependencies,
  'clients' | 'careRelations' | 'unitOfWork' | 'audit' | 'clock'
>;

/** CL-4: names the client's primary and back-up contact. */
export class AssignCareContacts {
  constructor(private readonly deps: Dependencies) {}

  async execute(input: AssignCareContactsInput): Promise<Client> {
    const violations = new Violations();
    const contacts = validateCareContacts(input, violations);
    violations.throwIfAny();
    return this.deps.unitOfWork.run(async () => {
      const client = await openClientRecord(input, this.deps);
      if (client.version !== input.expectedVersion) throw staleVersion();
      const updated = await this.deps.clients.update(
        { ...client, ...contacts, updatedAt: this.deps.clock.now() },
        input.expectedVersion,
      );
      await this.deps.audit.record({
        actor: input.actor,
        action: 'update',
        resourceType: 'client-care-contacts',
        resourceId: client.id,
        clientId: client.id,
      });
      return updated;
    });
  }
}
