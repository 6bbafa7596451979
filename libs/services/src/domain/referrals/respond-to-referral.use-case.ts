import type { Actor } from '@lavterskel/kernel';
import type { ServicesPorts } from '../services-ports';
import { assertValid, notBlank } from '../shared/validation';
import type { Referral } from './referral';
import { changeReferralStatus } from './change-referral-status';

export interface RespondToReferralInput {
  actor: Actor;
  referralId: string;
  expectedVersion: number;
  /** The sender's answer to the receiver's question. */
  answer: string;
}

/** The sender answers the receiver's question; the referral is resubmitted for an answer. */
export class RespondToReferral {
  constructor(
    private readonly ports: Pick<
      ServicesPorts,
      'referrals' | 'services' | 'audit' | 'unitOfWork' | 'clock'
    >,
  ) {}

  async execute(input: RespondToReferralInput): Promise<Referral> {
    assertValid([notBlank(input.answer, 'answer')]);
    return changeReferralStatus(
      {
        ...input,
        by: 'sender',
        from: ['information-requested'],
        to: 'resubmitted',
        note: input.answer.trim(),
      },
      this.ports,
    );
  }
}
