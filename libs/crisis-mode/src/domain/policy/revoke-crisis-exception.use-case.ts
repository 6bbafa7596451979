import { authorizeClientAccess, notFound, type Actor } from '@lavterskel/kernel';
import type { CrisisModePorts } from '../crisis-mode-ports';
import type { CrisisException } from './effective-policy';

/** Ends an exception now; its history stays. */
export class RevokeCrisisException {
  constructor(
    private readonly ports: Pick<
      CrisisModePorts,
      'exceptions' | 'careRelations' | 'audit' | 'clock' | 'unitOfWork'
    >,
  ) {}

  async execute(input: { actor: Actor; exceptionId: string }): Promise<CrisisException> {
    const { actor } = input;
    return this.ports.unitOfWork.run(async () => {
      const exception = await this.ports.exceptions.findById(actor.tenantId, input.exceptionId);
      if (!exception) throw notFound('crisis exception');
      await authorizeClientAccess(
        { actor, clientId: exception.clientId, resource: 'crisis exception' },
        this.ports,
      );
      const now = this.ports.clock.now();
      if (exception.revokedAt === null) {
        await this.ports.exceptions.revoke({
          tenantId: actor.tenantId,
          id: exception.id,
          by: actor.subject,
          at: now,
        });
      }
      await this.ports.audit.record({
        actor,
        action: 'update',
        resourceType: 'crisis-exception',
        resourceId: exception.id,
        clientId: exception.clientId,
        reason: 'revoked',
      });
      return exception.revokedAt
        ? exception
        : { ...exception, revokedAt: now, revokedBy: actor.subject };
    });
  }
}
