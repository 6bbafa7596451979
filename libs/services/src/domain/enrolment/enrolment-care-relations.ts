import { isUuid, osloDate, type Actor, type CareRelations, type Clock } from '@lavterskel/kernel';
import type { EnrolmentRepository } from './enrolment.repository';

/**
 * This library's care-relation source (X-2): the actor serves the client when one of the
 * actor's teams runs a service in which the client is enrolled today. The application
 * combines it with other libraries' sources (`combineCareRelations`).
 */
export class EnrolmentCareRelations implements CareRelations {
  constructor(private readonly ports: { enrolments: EnrolmentRepository; clock: Clock }) {}

  async hasCareRelation(actor: Actor, clientId: string): Promise<boolean> {
    return (await this.clientsInCare(actor, [clientId])).has(clientId);
  }

  async clientsInCare(actor: Actor, clientIds: readonly string[]): Promise<ReadonlySet<string>> {
    // Team ids in tokens are this library's team ids (UUIDs); anything else names no team here.
    const teamIds = actor.teamIds.filter(isUuid);
    const ids = clientIds.filter(isUuid);
    if (teamIds.length === 0 || ids.length === 0) return new Set();
    return new Set(
      await this.ports.enrolments.enrolledInTeamsServices({
        tenantId: actor.tenantId,
        clientIds: ids,
        teamIds,
        day: osloDate(this.ports.clock.now()),
      }),
    );
  }
}
