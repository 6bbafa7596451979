import { isUuid, type Actor, type CareRelations } from '@lavterskel/kernel';
import type { ClientRepository } from './client.repository';

/**
 * This library's source of care relations (X-2): a staff member serves the clients they are
 * primary or back-up contact for. The application combines it with other libraries' sources.
 */
export class AssignedContactCareRelations implements CareRelations {
  constructor(
    private readonly clients: Pick<ClientRepository, 'isAssignedContact' | 'assignedContactAmong'>,
  ) {}

  async hasCareRelation(actor: Actor, clientId: string): Promise<boolean> {
    return (
      isUuid(clientId) && this.clients.isAssignedContact(actor.tenantId, clientId, actor.subject)
    );
  }

  async clientsInCare(actor: Actor, clientIds: readonly string[]): Promise<ReadonlySet<string>> {
    const ids = clientIds.filter(isUuid);
    return new Set(await this.clients.assignedContactAmong(actor.tenantId, ids, actor.subject));
  }
}
