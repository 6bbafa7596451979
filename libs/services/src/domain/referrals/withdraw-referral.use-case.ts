import type { Actor } from '@lavterskel/kernel';
import type { ServicesPorts } from '../services-ports';
import { assertValid, notBlank } from '../shared/validation';
import { OPEN_STATUSES, type Referral } from './referral';
import { changeReferralStatus } from './change-referral-status';

export interface WithdrawReferralInput {
  actor: Actor;
  referralId: string;
  expectedVersion: number;
  reason: string;
}

/** The sender withdraws a referral the receiver has not accepted or rejected. */
export class WithdrawReferral {
  constructor(
    private readonly ports: Pick<
      ServicesPorts,
      'referrals' | 'services' | 'audit' | 'unitOfWork' | 'clock'
    >,
  ) {}

  async execute(input: WithdrawReferralInput): Promise<Referral> {
    assertValid([notBlank(input.reason, 'reason')]);
    return changeReferralStatus(
      { ...input, by: 'sender', from: OPEN_STATUSES, to: 'withdrawn', note: input.reason.trim() },
      this.ports,
    );
  }
}
