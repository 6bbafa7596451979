import { Inject, Injectable } from '@nestjs/common';
import type { Actor, CareRelations } from '@lavterskel/kernel';
import { ENTITY_MANAGER } from '@lavterskel/kernel/nest';
import type { EntityManagerAccessor } from '@lavterskel/kernel/typeorm';
import { AssignedContactCareRelations } from '../domain/client/assigned-contact-care-relations';
import { TypeOrmClientRepository } from '../persistence/client/typeorm-client.repository';

/**
 * This library's care-relation source (X-2) as an injectable: a staff member serves the clients
 * they are primary or back-up contact for. The application combines it with other libraries'
 * sources into CARE_RELATIONS.
 */
@Injectable()
export class ClientContactCareRelations implements CareRelations {
  private readonly source: AssignedContactCareRelations;

  constructor(@Inject(ENTITY_MANAGER) manager: EntityManagerAccessor) {
    this.source = new AssignedContactCareRelations(new TypeOrmClientRepository(manager));
  }

  hasCareRelation(actor: Actor, clientId: string): Promise<boolean> {
    return this.source.hasCareRelation(actor, clientId);
  }

  clientsInCare(actor: Actor, clientIds: readonly string[]): Promise<ReadonlySet<string>> {
    return this.source.clientsInCare(actor, clientIds);
  }
}
