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
    // Team ids in tokens are this library's team ids (UUIDs); anything else names no team here.
    const teamIds = actor.teamIds.filter(isUuid);
    if (teamIds.length === 0 || !isUuid(clientId)) return false;
    return this.ports.enrolments.enrolledInTeamsService({
      tenantId: actor.tenantId,
      clientId,
      teamIds,
      day: osloDate(this.ports.clock.now()),
    });
  }
}
