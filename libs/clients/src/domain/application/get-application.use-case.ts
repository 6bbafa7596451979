import { isUuid, notFound, type Actor } from '@lavterskel/kernel';
import type { ClientsDependencies } from '../clients-dependencies';
import type { Application } from './application';

type Dependencies = Pick<ClientsDependencies, 'applications' | 'unitOfWork' | 'audit'>;

/** CL-2: one application of the caller's municipality. */
export class GetApplication {
  constructor(private readonly deps: Dependencies) {}

  async execute(input: { actor: Actor; applicationId: string }): Promise<Application> {
    return this.deps.unitOfWork.run(async () => {
      const application = isUuid(input.applicationId)
        ? await this.deps.applications.find(input.actor.tenantId, input.applicationId)
        : null;
      if (!application) throw notFound('application');
      await this.deps.audit.record({
        actor: input.actor,
        action: 'read',
        resourceType: 'application',
        resourceId: application.id,
        clientId: application.clientId ?? undefined,
      });
      return application;
    });
  }
}
