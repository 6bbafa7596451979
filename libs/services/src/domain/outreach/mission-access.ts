import { notFound, type Actor } from '@lavterskel/kernel';
import type { ServicesPorts } from '../services-ports';
import { authorizeClientRecord, servesInTeam } from '../shared/client-access';
import type { Mission } from './mission';

/**
 * A mission is the work of the team that runs its service, whoever it is for; anyone else
 * needs a care relation to the mission's client (or a break-glass reason).
 */
export async function authorizeMission(
  request: { actor: Actor; mission: Mission; breakGlassReason?: string },
  ports: Pick<ServicesPorts, 'services' | 'careRelations' | 'audit'>,
): Promise<void> {
  const { actor, mission } = request;
  const service = await ports.services.findById(actor.tenantId, mission.serviceId);
  if (!service) throw notFound('mission');
  if (servesInTeam(actor, service.teamId)) return;
  if (mission.clientId === null) return;
  await authorizeClientRecord(
    {
      actor,
      clientId: mission.clientId,
      breakGlassReason: request.breakGlassReason,
      resource: 'mission',
    },
    ports,
  );
}
