import { osloDate, staleVersion } from '@lavterskel/kernel';
import type { ClientsDependencies } from '../clients-dependencies';
import { Violations } from '../shared/violations';
import type { Client, ClientDetails } from './client';
import { validateClientDetails } from './client-details';
import { assertNationalIdFree } from './national-id-conflict';
import { openClientRecord, type ClientRecordRequest } from './open-client-record';

export interface UpdateClientInput extends ClientRecordRequest {
  /** The version the caller read (`If-Match`). */
  expectedVersion: number;
  /** Only the fields to change; null clears an optional field. */
  changes: Partial<ClientDetails>;
}

type Dependencies = Pick<
  ClientsDependencies,
  'clients' | 'careRelations' | 'unitOfWork' | 'audit' | 'clock' | 'settings'
>;

/** Changes a client's details (CL-1) under optimistic concurrency: a stale version is refused. */
export class UpdateClient {
  constructor(private readonly deps: Dependencies) {}

  async execute(input: UpdateClientInput): Promise<Client> {
    return this.deps.unitOfWork.run(async () => {
      const client = await openClientRecord(input, this.deps);
      if (client.version !== input.expectedVersion) throw staleVersion();
      const now = this.deps.clock.now();
      const violations = new Violations();
      const { details, nationalIdKind } = validateClientDetails(
        { ...client, ...definedOnly(input.changes) },
        { today: osloDate(now), nationalIds: this.deps.settings.nationalIds },
        violations,
      );
      violations.throwIfAny();
      if (details.nationalId !== null && details.nationalId !== client.nationalId) {
        await assertNationalIdFree(
          { actor: input.actor, nationalId: details.nationalId, clientId: client.id },
          this.deps,
        );
      }
      const updated = await this.deps.clients.update(
        { ...client, ...details, nationalIdKind, updatedAt: now },
        input.expectedVersion,
      );
      await this.deps.audit.record({
        actor: input.actor,
        action: 'update',
        resourceType: 'client',
        resourceId: client.id,
        clientId: client.id,
      });
      return updated;
    });
  }
}

/** The changes without keys whose value is undefined, so that they do not erase current values. */
function definedOnly(changes: Partial<ClientDetails>): Partial<ClientDetails> {
  return Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
}
