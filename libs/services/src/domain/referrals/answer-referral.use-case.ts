import type { Actor, CareRelations } from '@lavterskel/kernel';
import { EnrolClient } from '../enrolment/enrol-client.use-case';
import type { ServicesPorts } from '../services-ports';
import type { IsoDate } from '../shared/calendar';
import { assertValid, calendarDate, notBlank, violation } from '../shared/validation';
import { AWAITING_ANSWER, type Referral, type ReferralStatus } from './referral';
import { changeReferralStatus } from './change-referral-status';

export const REFERRAL_ANSWERS = ['accept', 'reject', 'request-information'] as const;
export type ReferralAnswer = (typeof REFERRAL_ANSWERS)[number];

export interface AnswerReferralInput {
  actor: Actor;
  referralId: string;
  expectedVersion: number;
  answer: ReferralAnswer;
  /** The rejection reason, the question, or a note to an acceptance. */
  note?: string;
  /** Accept only: enrol the client in the receiving service, from this day (default today). */
  enrol?: { startedOn?: IsoDate };
}

const STATUS_OF: Record<ReferralAnswer, ReferralStatus> = {
  accept: 'accepted',
  reject: 'rejected',
  'request-information': 'information-requested',
};

/** The note each answer needs, named as the request body names it. */
const NOTE_FIELD: Partial<Record<ReferralAnswer, string>> = {
  reject: 'reason',
  'request-information': 'question',
};

/**
 * The receiver's answer to a referral (sent or resubmitted): accept (optionally enrolling the
 * client in the receiving service, with every rule of an enrolment: crisis level, one open
 * enrolment, a registered client), reject with a reason, or ask the sender for more.
 */
export class AnswerReferral {
  constructor(
    private readonly ports: Pick<
      ServicesPorts,
      | 'referrals'
      | 'services'
      | 'enrolments'
      | 'clientDirectory'
      | 'careRelations'
      | 'crisisRules'
      | 'audit'
      | 'unitOfWork'
      | 'clock'
    >,
  ) {}

  async execute(input: AnswerReferralInput): Promise<Referral> {
    const noteField = NOTE_FIELD[input.answer];
    assertValid([
      noteField !== undefined &&
        (input.note === undefined
          ? violation(noteField, 'required', 'must say why, in words the sender can act on')
          : notBlank(input.note, noteField)),
      input.enrol !== undefined &&
        input.answer !== 'accept' &&
        violation('enrol', 'accept-only', 'only an acceptance enrols the client'),
      calendarDate(input.enrol?.startedOn, 'enrol.startedOn'),
    ]);
    return changeReferralStatus(
      {
        actor: input.actor,
        referralId: input.referralId,
        expectedVersion: input.expectedVersion,
        by: 'receiver',
        from: AWAITING_ANSWER,
        to: STATUS_OF[input.answer],
        note: input.note?.trim() || null,
        alongside: input.enrol ? (current) => this.enrol(input, current) : undefined,
      },
      this.ports,
    );
  }

  /** The enrolment use case itself, so its rules apply; the referral is the team's need-to-know. */
  private async enrol(input: AnswerReferralInput, referral: Referral): Promise<Partial<Referral>> {
    if (referral.to.kind !== 'service') {
      assertValid([
        violation('enrol', 'receiving-service', 'only a referral to a municipal service enrols'),
      ]);
      return {};
    }
    const enrolment = await new EnrolClient({
      ...this.ports,
      careRelations: referralCareRelation(input.actor, referral, this.ports.careRelations),
    }).execute({
      actor: input.actor,
      serviceId: referral.to.serviceId,
      clientId: referral.clientId,
      reason: `Referral accepted: ${referral.reason}`,
      startedOn: input.enrol?.startedOn,
    });
    return { enrolmentId: enrolment.id };
  }
}

/** The accepted referral lets the answering staff take in the client it names, nothing more. */
function referralCareRelation(
  actor: Actor,
  referral: Referral,
  others: CareRelations,
): CareRelations {
  return {
    hasCareRelation: async (who, clientId) =>
      (who === actor && clientId === referral.clientId) || others.hasCareRelation(who, clientId),
  };
}
