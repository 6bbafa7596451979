import { notFound, type Actor } from '@lavterskel/kernel';
import type { ServicesPorts } from '../services-ports';
import type { Mission } from './mission';
import { authorizeMission } from './mission-access';

/** One mission: for the team that runs its service, or with a care relation to its client (audited). */
export class GetMission {
  constructor(
    private readonly ports: Pick<
      ServicesPorts,
      'services' | 'outreach' | 'careRelations' | 'audit' | 'unitOfWork'
    >,
  ) {}

  async execute(input: {
    actor: Actor;
    missionId: string;
    breakGlassReason?: string;
  }): Promise<Mission> {
    const { actor } = input;
    return this.ports.unitOfWork.run(async () => {
      const mission = await this.ports.outreach.findMission(actor.tenantId, input.missionId);
      if (!mission) throw notFound('mission');
      await authorizeMission({ ...input, mission }, this.ports);
      await this.ports.audit.record({
        actor,
        action: 'read',
        resourceType: 'mission',
        resourceId: mission.id,
        clientId: mission.clientId ?? undefined,
      });
      return mission;
    });
  }
}
