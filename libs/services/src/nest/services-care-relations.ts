import { Inject, Injectable } from '@nestjs/common';
import type { Actor, CareRelations, Clock } from '@lavterskel/kernel';
import { CLOCK, ENTITY_MANAGER } from '@lavterskel/kernel/nest';
import type { EntityManagerAccessor } from '@lavterskel/kernel/typeorm';
import { EnrolmentCareRelations } from '../domain/enrolment/enrolment-care-relations';
import { TypeOrmEnrolmentRepository } from '../persistence/enrolment/typeorm-enrolment.repository';

/**
 * This library's care-relation source, for the application's `CARE_RELATIONS`: true
 * when one of the actor's teams runs a service in which the client is enrolled today.
 */
@Injectable()
export class ServicesCareRelations implements CareRelations {
  private readonly source: EnrolmentCareRelations;

  constructor(@Inject(ENTITY_MANAGER) manager: EntityManagerAccessor, @Inject(CLOCK) clock: Clock) {
    this.source = new EnrolmentCareRelations({
      enrolments: new TypeOrmEnrolmentRepository(manager),
      clock,
    });
  }

  hasCareRelation(actor: Actor, clientId: string): Promise<boolean> {
    return this.source.hasCareRelation(actor, clientId);
  }

  clientsInCare(actor: Actor, clientIds: readonly string[]): Promise<ReadonlySet<string>> {
    return this.source.clientsInCare(actor, clientIds);
  }
}
