import { hasAnyRole, notFound, type Actor } from '@lavterskel/kernel';
import type { CrisisModePorts } from '../crisis-mode-ports';
import type { NoticeRecipient, RecipientKind } from './notice';

export interface AcknowledgeNoticeInput {
  actor: Actor;
  noticeId: string;
  recipientKind: RecipientKind;
  recipientId: string;
}

/** Coordinators record acknowledgements for anyone, e.g. a partner who confirmed by phone. */
export const ACKNOWLEDGE_FOR_ANY_ROLES = ['crisis-coordinator'];

/**
 * A recipient acknowledges a notice: a member of the team that runs a service, for that
 * service; a crisis coordinator for any recipient. Acknowledging twice keeps the first
 * acknowledgement. A recipient outside the caller's reach is `not-found`, like a missing one.
 */
export class AcknowledgeNotice {
  constructor(private readonly ports: Pick<CrisisModePorts, 'notices' | 'clock' | 'unitOfWork'>) {}

  async execute(input: AcknowledgeNoticeInput): Promise<NoticeRecipient> {
    const { actor } = input;
    const key = {
      tenantId: actor.tenantId,
      noticeId: input.noticeId,
      kind: input.recipientKind,
      recipientId: input.recipientId,
    };
    return this.ports.unitOfWork.run(async () => {
      const recipient = await this.ports.notices.findRecipient(key);
      if (!recipient || !mayAcknowledge(actor, recipient)) throw notFound('notice recipient');
      if (recipient.acknowledgedAt) return recipient;
      const at = this.ports.clock.now();
      const acknowledged = await this.ports.notices.acknowledge({ ...key, by: actor.subject, at });
      // Lost a race to another acknowledgement: the first one stands.
      if (!acknowledged) return (await this.ports.notices.findRecipient(key)) ?? recipient;
      return { ...recipient, acknowledgedAt: at, acknowledgedBy: actor.subject };
    });
  }
}

function mayAcknowledge(actor: Actor, recipient: NoticeRecipient): boolean {
  if (hasAnyRole(actor, ACKNOWLEDGE_FOR_ANY_ROLES)) return true;
  return (
    recipient.kind === 'service' &&
    recipient.teamId !== null &&
    actor.teamIds.includes(recipient.teamId)
  );
}
