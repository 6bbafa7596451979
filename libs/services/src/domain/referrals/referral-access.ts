import { notFound, type Actor } from '@lavterskel/kernel';
import type { ServicesPorts } from '../services-ports';
import { authorizeClientRecord, servesInTeam } from '../shared/client-access';
import type { Referral, ReferralParty } from './referral';

type Ports = Pick<ServicesPorts, 'services' | 'careRelations' | 'audit'>;

/** The team that runs the party's service; null for a partner (or a service since removed). */
async function teamOf(
  actor: Actor,
  party: ReferralParty,
  ports: Pick<ServicesPorts, 'services'>,
): Promise<string | null> {
  if (party.kind !== 'service') return null;
  return (await ports.services.findById(actor.tenantId, party.serviceId))?.teamId ?? null;
}

/**
 * The side that answers: the receiving service's team; for a partner receiver, the sending
 * service's team records the partner's answer on its behalf (partners have no accounts here).
 */
export function answeringParty(referral: Referral): ReferralParty {
  return referral.to.kind === 'service' ? referral.to : referral.from;
}

/**
 * The side that sent: the sending service's team; for a partner sender, the receiving
 * service's team, which recorded the referral on the partner's behalf.
 */
export function sendingParty(referral: Referral): ReferralParty {
  return referral.from.kind === 'service' ? referral.from : referral.to;
}

/** The actor works in the team of `party` (a service); otherwise the referral answers 404. */
export async function assertActsFor(
  actor: Actor,
  party: ReferralParty,
  ports: Pick<ServicesPorts, 'services'>,
): Promise<void> {
  const teamId = await teamOf(actor, party, ports);
  if (teamId === null || !servesInTeam(actor, teamId)) throw notFound('referral');
}

/**
 * Need-to-know on a referral: the teams of its two services see it; anyone else needs a care
 * relation to the client (or an audited break-the-glass reason), else it answers as missing.
 */
export async function authorizeReferralRead(
  request: { actor: Actor; referral: Referral; breakGlassReason?: string },
  ports: Ports,
): Promise<void> {
  const { actor, referral } = request;
  for (const party of [referral.from, referral.to]) {
    const teamId = await teamOf(actor, party, ports);
    if (teamId !== null && servesInTeam(actor, teamId)) return;
  }
  await authorizeClientRecord(
    { ...request, clientId: referral.clientId, resource: 'referral' },
    ports,
  );
}
