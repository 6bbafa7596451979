import { newId, type Actor, type FieldViolation } from '@lavterskel/kernel';
import { CrisisModeError, CrisisModeErrorCode } from '../crisis-mode-error';
import type { CrisisModePorts } from '../crisis-mode-ports';
import { assertValid, notBlank, violation } from '../shared/violations';
import type { Notice, NoticeRecipient } from './notice';
import type { NoticeDelivery } from './notice-delivery';
import { deadlineAfter, webUrl } from './notice-rules';

/** Every service and partner of the municipality, or the ones named. */
export type NoticeAudience =
  | { readonly all: true }
  | {
      readonly all?: false;
      readonly serviceIds: readonly string[];
      readonly partnerIds: readonly string[];
    };

export interface PublishNoticeInput {
  actor: Actor;
  title: string;
  body: string;
  sourceUrl: string;
  effectiveFrom: Date;
  acknowledgeBy: Date;
  recipients: NoticeAudience;
}

export interface PublishedNotice {
  notice: Notice;
  recipients: NoticeRecipient[];
  deliveries: number;
}

/**
 * Publishes a notice about changed rules (CR-6) to services and partners. The notice, its
 * recipients and the outbox rows for every active partner endpoint are written in one
 * transaction: a notice is never published without its deliveries, nor the other way round.
 */
export class PublishNotice {
  constructor(
    private readonly ports: Pick<
      CrisisModePorts,
      | 'notices'
      | 'deliveries'
      | 'webhookEndpoints'
      | 'catalogue'
      | 'partners'
      | 'clock'
      | 'unitOfWork'
    >,
  ) {}

  async execute(input: PublishNoticeInput): Promise<PublishedNotice> {
    const now = this.ports.clock.now();
    const { recipients: audience } = input;
    assertValid([
      notBlank(input.title, 'title'),
      notBlank(input.body, 'body'),
      webUrl(input.sourceUrl, 'sourceUrl'),
      deadlineAfter(input.acknowledgeBy, now, 'acknowledgeBy'),
      !audience.all &&
        audience.serviceIds.length + audience.partnerIds.length === 0 &&
        violation(
          'recipients',
          'not-empty',
          'must name at least one service or partner, or be all',
        ),
    ]);
    return this.ports.unitOfWork.run(async () => {
      const [services, partners] = await Promise.all([
        this.ports.catalogue.list(input.actor),
        this.ports.partners.list(input.actor),
      ]);
      const wanted = audience.all
        ? null
        : { services: unique(audience.serviceIds), partners: unique(audience.partnerIds) };
      if (wanted) {
        assertKnown([
          ...unknownIds(wanted.services, services, 'recipients.serviceIds'),
          ...unknownIds(wanted.partners, partners, 'recipients.partnerIds'),
        ]);
      }
      const chosenServices = wanted ? services.filter((s) => wanted.services.has(s.id)) : services;
      const chosenPartners = wanted ? partners.filter((p) => wanted.partners.has(p.id)) : partners;
      if (chosenServices.length + chosenPartners.length === 0) {
        assertValid([
          violation('recipients', 'not-empty', 'your municipality has no services or partners yet'),
        ]);
      }

      const notice: Notice = {
        id: newId(),
        tenantId: input.actor.tenantId,
        title: input.title.trim(),
        body: input.body,
        sourceUrl: input.sourceUrl,
        effectiveFrom: input.effectiveFrom,
        acknowledgeBy: input.acknowledgeBy,
        publishedBy: input.actor.subject,
        publishedAt: now,
        remindersCreatedAt: null,
      };
      const recipient = (
        kind: NoticeRecipient['kind'],
        id: string,
        name: string,
        teamId: string | null,
      ) => ({
        tenantId: notice.tenantId,
        noticeId: notice.id,
        kind,
        recipientId: id,
        name,
        teamId,
        acknowledgedAt: null,
        acknowledgedBy: null,
      });
      const recipients: NoticeRecipient[] = [
        ...chosenServices.map((service) =>
          recipient('service', service.id, service.name, service.teamId),
        ),
        ...chosenPartners.map((partner) => recipient('partner', partner.id, partner.name, null)),
      ];
      const endpoints = await this.ports.webhookEndpoints.activeFor(
        notice.tenantId,
        chosenPartners.map((partner) => partner.id),
      );
      const deliveries: NoticeDelivery[] = endpoints.map((endpoint) => ({
        id: newId(),
        tenantId: notice.tenantId,
        noticeId: notice.id,
        endpointId: endpoint.id,
        idempotencyKey: newId(),
        status: 'pending',
        attempts: 0,
        nextAttemptAt: now,
        lastError: null,
        deliveredAt: null,
      }));
      await this.ports.notices.insert(notice, recipients);
      await this.ports.deliveries.insertMany(deliveries);
      return { notice, recipients, deliveries: deliveries.length };
    });
  }
}

function unique(ids: readonly string[]): Set<string> {
  return new Set(ids.map((id) => id.toLowerCase()));
}

function unknownIds(
  ids: ReadonlySet<string>,
  known: readonly { id: string }[],
  field: string,
): FieldViolation[] {
  const knownIds = new Set(known.map((item) => item.id));
  return [...ids]
    .filter((id) => !knownIds.has(id))
    .map((id) => violation(field, 'known-recipient', `${id} is not one of your municipality's`));
}

function assertKnown(violations: readonly FieldViolation[]): void {
  if (violations.length > 0) {
    throw new CrisisModeError(
      CrisisModeErrorCode.UnknownRecipient,
      'The notice names services or partners your municipality does not have.',
      violations,
    );
  }
}
