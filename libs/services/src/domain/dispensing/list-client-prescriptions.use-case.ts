import type { Actor, Page, PageRequest } from '@lavterskel/kernel';
import type { ServicesPorts } from '../services-ports';
import { authorizeClientRecord } from '../shared/client-access';
import type { Prescription } from './prescription';

/** A client's LAR prescriptions, newest first (need-to-know, audited). */
export class ListClientPrescriptions {
  constructor(
    private readonly ports: Pick<
      ServicesPorts,
      'prescriptions' | 'careRelations' | 'audit' | 'unitOfWork'
    >,
  ) {}

  async execute(input: {
    actor: Actor;
    clientId: string;
    breakGlassReason?: string;
    page: PageRequest;
  }): Promise<Page<Prescription>> {
    const { actor, clientId } = input;
    return this.ports.unitOfWork.run(async () => {
      await authorizeClientRecord({ ...input, resource: 'client' }, this.ports);
      const page = await this.ports.prescriptions.listForClient(
        actor.tenantId,
        clientId,
        input.page,
      );
      await this.ports.audit.record({
        actor,
        action: 'search',
        resourceType: 'prescription',
        clientId,
      });
      return page;
    });
  }
}
