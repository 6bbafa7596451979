import { authorizeClientAccess, type Actor } from '@lavterskel/kernel';
import type { CrisisModePorts } from '../crisis-mode-ports';
import type { CrisisException } from './effective-policy';

/** A client's individual exceptions, newest first, revoked ones included. */
export class ListClientCrisisExceptions {
  constructor(
    private readonly ports: Pick<
      CrisisModePorts,
      'exceptions' | 'careRelations' | 'audit' | 'unitOfWork'
    >,
  ) {}

  async execute(input: {
    actor: Actor;
    clientId: string;
    breakGlassReason?: string;
  }): Promise<CrisisException[]> {
    const { actor } = input;
    return this.ports.unitOfWork.run(async () => {
      await authorizeClientAccess({ ...input, resource: 'client' }, this.ports);
      const exceptions = await this.ports.exceptions.listForClient(actor.tenantId, input.clientId);
      await this.ports.audit.record({
        actor,
        action: 'read',
        resourceType: 'crisis-exception',
        clientId: input.clientId,
      });
      return exceptions;
    });
  }
}
