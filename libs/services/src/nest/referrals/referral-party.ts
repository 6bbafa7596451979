import type { ReferralParty } from '../../domain/referrals/referral';
import { assertValid, violation } from '../../domain/shared/validation';
import type { ReferralPartyDto } from './dto/referral.request.dto';

/** The party a body names: exactly one of `serviceId` and `partnerId` (else 400 naming the field). */
export function referralParty(body: ReferralPartyDto, field: 'from' | 'to'): ReferralParty {
  const { serviceId, partnerId } = body;
  assertValid([
    (serviceId === undefined) === (partnerId === undefined) &&
      violation(field, 'one-party', 'must name exactly one of serviceId and partnerId'),
  ]);
  return serviceId !== undefined
    ? { kind: 'service', serviceId: serviceId.toLowerCase() }
    : { kind: 'partner', partnerId: (partnerId ?? '').toLowerCase() };
}
