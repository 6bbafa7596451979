import { notFound, type Actor } from '@lavterskel/kernel';
import type { ServicesPorts } from '../services-ports';
import type { Referral, ReferralStatusChange } from './referral';
import { authorizeReferralRead } from './referral-access';

export interface ReferralWithHistory {
  referral: Referral;
  history: ReferralStatusChange[];
}

export type ReferralReadPorts = Pick<
  ServicesPorts,
  'referrals' | 'services' | 'careRelations' | 'audit' | 'unitOfWork'
>;

/** One referral with its status history, for the two services' teams or need-to-know (audited). */
export class GetReferral {
  constructor(private readonly ports: ReferralReadPorts) {}

  execute(input: {
    actor: Actor;
    referralId: string;
    breakGlassReason?: string;
  }): Promise<ReferralWithHistory> {
    return readReferral(input, this.ports, 'read');
  }
}

/** A referral the actor may see, its history, and the audit row of the access (`action`). */
export function readReferral(
  input: { actor: Actor; referralId: string; breakGlassReason?: string },
  ports: ReferralReadPorts,
  action: 'read' | 'export',
): Promise<ReferralWithHistory> {
  const { actor } = input;
  return ports.unitOfWork.run(async () => {
    const referral = await ports.referrals.findById(actor.tenantId, input.referralId);
    if (!referral) throw notFound('referral');
    await authorizeReferralRead({ ...input, referral }, ports);
    const history = await ports.referrals.history(actor.tenantId, referral.id);
    await ports.audit.record({
      actor,
      action,
      resourceType: 'referral',
      resourceId: referral.id,
      clientId: referral.clientId,
    });
    return { referral, history };
  });
}
