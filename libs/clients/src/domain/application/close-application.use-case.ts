import { staleVersion, type Actor } from '@lavterskel/kernel';
import type { ClientsDependencies } from '../clients-dependencies';
import type { Application, ClosureReason } from './application';
import { applicationForChange } from './open-application';

export interface CloseApplicationInput {
  actor: Actor;
  applicationId: string;
  expectedVersion: number;
  reason: ClosureReason;
}

type Dependencies = Pick<ClientsDependencies, 'applications' | 'unitOfWork' | 'audit' | 'clock'>;

/** CL-2: closes an application that will not become a client (withdrawn, unreachable …). */
export class CloseApplication {
  constructor(private readonly deps: Dependencies) {}

  async execute(input: CloseApplicationInput): Promise<Application> {
    return this.deps.unitOfWork.run(async () => {
      const application = await applicationForChange(input, this.deps.applications);
      if (application.version !== input.expectedVersion) throw staleVersion();
      const updated = await this.deps.applications.update(
        {
          ...application,
          status: 'closed',
          closure: {
            reason: input.reason,
            closedBy: input.actor.subject,
            closedAt: this.deps.clock.now(),
          },
        },
        input.expectedVersion,
      );
      await this.deps.audit.record({
        actor: input.actor,
        action: 'update',
        resourceType: 'application',
        resourceId: application.id,
      });
      return updated;
    });
  }
}
