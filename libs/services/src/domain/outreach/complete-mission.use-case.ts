import { notFound, staleVersion, type Actor } from '@lavterskel/kernel';
import type { ServicesPorts } from '../services-ports';
import { ServicesError, ServicesErrorCode } from '../services-error';
import { assertValid, notBlank } from '../shared/validation';
import type { Mission } from './mission';
import { authorizeMission } from './mission-access';

export interface CompleteMissionInput {
  actor: Actor;
  missionId: string;
  status: 'completed' | 'cancelled';
  outcome: string;
  expectedVersion: number;
  breakGlassReason?: string;
}

/**
 * Closes a planned mission. A completed mission closes its request; a cancelled one puts the
 * request back in the queue, so it is not forgotten.
 */
export class CompleteMission {
  constructor(
    private readonly ports: Pick<
      ServicesPorts,
      'services' | 'outreach' | 'careRelations' | 'audit' | 'unitOfWork'
    >,
  ) {}

  async execute(input: CompleteMissionInput): Promise<Mission> {
    const { actor } = input;
    assertValid([notBlank(input.outcome, 'outcome')]);
    return this.ports.unitOfWork.run(async () => {
      const current = await this.ports.outreach.findMission(actor.tenantId, input.missionId);
      if (!current) throw notFound('mission');
      await authorizeMission({ ...input, mission: current }, this.ports);
      if (current.version !== input.expectedVersion) throw staleVersion();
      if (current.status !== 'planned') {
        throw new ServicesError(
          ServicesErrorCode.InvalidStateTransition,
          `This mission is already ${current.status}.`,
          [],
          { status: current.status },
        );
      }
      const closed: Mission = {
        ...current,
        status: input.status,
        outcome: input.outcome.trim(),
        version: current.version + 1,
      };
      if (!(await this.ports.outreach.updateMission(closed, current.version))) throw staleVersion();
      if (current.requestId !== null) {
        const to = input.status === 'completed' ? 'closed' : 'open';
        await this.ports.outreach.moveRequest({
          tenantId: actor.tenantId,
          id: current.requestId,
          from: 'assigned',
          to,
        });
      }
      await this.ports.audit.record({
        actor,
        action: 'update',
        resourceType: 'mission',
        resourceId: closed.id,
        clientId: closed.clientId ?? undefined,
      });
      return closed;
    });
  }
}
