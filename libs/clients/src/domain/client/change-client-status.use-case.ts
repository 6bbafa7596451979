import { newId, staleVersion } from '@lavterskel/kernel';
import type { ClientsDependencies } from '../clients-dependencies';
import { text } from '../shared/text';
import { Violations } from '../shared/violations';
import type { Client } from './client';
import { assertTransition, type ClientStatus } from './client-status';
import { openClientRecord, type ClientRecordRequest } from './open-client-record';

export const MAX_STATUS_REASON_LENGTH = 500;

export interface ChangeClientStatusInput extends ClientRecordRequest {
  expectedVersion: number;
  to: ClientStatus;
  reason?: string | null;
}

type Dependencies = Pick<
  ClientsDependencies,
  'clients' | 'careRelations' | 'unitOfWork' | 'audit' | 'clock'
>;

/** CL-3: moves a client along the status state machine, keeping the history. */
export class ChangeClientStatus {
  constructor(private readonly deps: Dependencies) {}

  async execute(input: ChangeClientStatusInput): Promise<Client> {
    const reason = text(input.reason);
    new Violations().maxLength('reason', reason, MAX_STATUS_REASON_LENGTH).throwIfAny();
    return this.deps.unitOfWork.run(async () => {
      const client = await openClientRecord(input, this.deps);
      if (client.version !== input.expectedVersion) throw staleVersion();
      assertTransition(client.status, input.to);
      const now = this.deps.clock.now();
      const updated = await this.deps.clients.update(
        { ...client, status: input.to, updatedAt: now },
        input.expectedVersion,
      );
      await this.deps.clients.appendStatusChange(input.actor.tenantId, {
        id: newId(),
        clientId: client.id,
        from: client.status,
        to: input.to,
        reason,
        changedBy: input.actor.subject,
        changedAt: now,
      });
      await this.deps.audit.record({
        actor: input.actor,
        action: 'update',
        resourceType: 'client-status',
        resourceId: client.id,
        clientId: client.id,
      });
      return updated;
    });
  }
}
