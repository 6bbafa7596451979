import { notFound, staleVersion, type Actor } from '@lavterskel/kernel';
import type { ServicesPorts } from '../services-ports';
import { ServicesError, ServicesErrorCode } from '../services-error';
import type { Referral, ReferralStatus } from './referral';
import { answeringParty, assertActsFor, sendingParty } from './referral-access';

export interface ReferralStep {
  actor: Actor;
  referralId: string;
  expectedVersion: number;
  /** Who may take the step: the answering side (receiver) or the sending side. */
  by: 'receiver' | 'sender';
  /** The statuses the step may start from. */
  from: readonly ReferralStatus[];
  to: ReferralStatus;
  note: string | null;
  /** Work done before the change is stored (e.g. the enrolment an acceptance creates). */
  alongside?: (current: Referral) => Promise<Partial<Referral>>;
}

export type StepPorts = Pick<
  ServicesPorts,
  'referrals' | 'services' | 'audit' | 'unitOfWork' | 'clock'
>;

/**
 * One step of a referral's lifecycle, in one transaction: the acting side's team only (a
 * referral out of the actor's reach answers 404), the version the caller saw, a status that
 * allows the step; then the referral, one appended history row and an audit row.
 */
export function changeReferralStatus(step: ReferralStep, ports: StepPorts): Promise<Referral> {
  const { actor } = step;
  return ports.unitOfWork.run(async () => {
    const current = await ports.referrals.findById(actor.tenantId, step.referralId);
    if (!current) throw notFound('referral');
    const party = step.by === 'receiver' ? answeringParty(current) : sendingParty(current);
    await assertActsFor(actor, party, ports);
    if (current.version !== step.expectedVersion) throw staleVersion();
    if (!step.from.includes(current.status)) {
      throw new ServicesError(
        ServicesErrorCode.InvalidStateTransition,
        `A referral that is ${current.status} cannot become ${step.to}.`,
        [],
        { status: current.status },
      );
    }
    const extra = step.alongside ? await step.alongside(current) : {};
    const now = ports.clock.now();
    const next: Referral = {
      ...current,
      ...extra,
      status: step.to,
      statusNote: step.note,
      updatedAt: now,
      version: current.version + 1,
    };
    const stored = await ports.referrals.update(
      next,
      {
        referralId: next.id,
        tenantId: next.tenantId,
        version: next.version,
        status: next.status,
        note: next.statusNote,
        changedBy: actor.subject,
        changedAt: now,
      },
      current.version,
    );
    if (!stored) throw staleVersion();
    await ports.audit.record({
      actor,
      action: 'update',
      resourceType: 'referral',
      resourceId: next.id,
      clientId: next.clientId,
      reason: `referral ${step.to}`,
    });
    return next;
  });
}
