import { newId, osloDate, type Actor } from '@lavterskel/kernel';
import type { Partner } from '../partners/partner';
import type { ServicesPorts } from '../services-ports';
import { ServicesError, ServicesErrorCode } from '../services-error';
import {
  assertRegisteredClient,
  authorizeClientRecord,
  servesInTeam,
} from '../shared/client-access';
import {
  assertValid,
  calendarDate,
  notBlank,
  unknownReference,
  violation,
} from '../shared/validation';
import type { Service } from '../catalogue/service';
import {
  REFERRAL_URGENCIES,
  defaultDueOn,
  isReferralUrgency,
  sameParty,
  type Referral,
  type ReferralLegalBasis,
  type ReferralParty,
  type ReferralUrgency,
} from './referral';
import type { ReferralRecipient, ReferralSharingDecision } from './referral-sharing';
import { categoryDisclosure } from './referral-disclosure';

export interface SendReferralInput {
  actor: Actor;
  clientId: string;
  from: ReferralParty;
  to: ReferralParty;
  reason: string;
  urgency: ReferralUrgency;
  categories: string[];
  purpose: string;
  legalBasis?: ReferralLegalBasis;
  /** Default: by urgency (routine 28 days, urgent 7, emergency 1). */
  dueOn?: string;
  breakGlassReason?: string;
}

type Resolved = { kind: 'service'; service: Service } | { kind: 'partner'; partner: Partner };

type Outcome = { referral: Referral } | { refused: ReferralSharingDecision[] };

/**
 * Refers a client from a service to another service or a partner, or records a partner's
 * referral into a service (SV-9). Information leaving a service is decided per category by the
 * sharing port (consent, CO-2) before anything is saved: one denied category refuses the whole
 * referral, and the decisions stay logged (the transaction commits, then the refusal is thrown).
 * Each shared category is logged as a disclosure (CO-3), in the same transaction as the referral.
 */
export class SendReferral {
  constructor(
    private readonly ports: Pick<
      ServicesPorts,
      | 'services'
      | 'partners'
      | 'referrals'
      | 'referralSharing'
      | 'clientDirectory'
      | 'careRelations'
      | 'audit'
      | 'unitOfWork'
      | 'clock'
    >,
  ) {}

  async execute(input: SendReferralInput): Promise<Referral> {
    const { actor } = input;
    const today = osloDate(this.ports.clock.now());
    assertValid([
      notBlank(input.reason, 'reason'),
      !isReferralUrgency(input.urgency) &&
        violation('urgency', 'one-of', `must be one of ${REFERRAL_URGENCIES.join(', ')}`),
      calendarDate(input.dueOn, 'dueOn'),
      input.dueOn !== undefined &&
        input.dueOn < today &&
        violation('dueOn', 'not-in-past', 'must not be before today'),
      sameParty(input.from, input.to) &&
        violation('to', 'not-sender', 'must not be the service or partner that refers'),
      input.from.kind === 'partner' &&
        input.to.kind === 'partner' &&
        violation('to', 'municipal-end', 'one end of a referral must be a municipal service'),
      ...input.categories.map(
        (category, i) =>
          input.categories.indexOf(category) !== i &&
          violation(`categories[${i}]`, 'unique', 'is listed twice'),
      ),
      ...this.ports.referralSharing.questionViolations(input),
    ]);
    const outcome = await this.ports.unitOfWork.run(async (): Promise<Outcome> => {
      const from = await this.resolve(actor, input.from, 'from');
      const to = await this.resolve(actor, input.to, 'to');
      await assertRegisteredClient(input, this.ports);
      // The recording staff: the sending service's team, or, for a partner's referral, the receiving one.
      const recorder = from.kind === 'service' ? from : to;
      if (recorder.kind === 'service' && !servesInTeam(actor, recorder.service.teamId)) {
        const field = recorder === from ? 'from.serviceId' : 'to.serviceId';
        assertValid([violation(field, 'own-team', 'must be a service one of your teams runs')]);
      }
      let decisions: ReferralSharingDecision[] = [];
      if (from.kind === 'service') {
        await authorizeClientRecord({ ...input, resource: 'client' }, this.ports);
        decisions = await this.decide(input, recipientOf(to));
        if (decisions.some((decision) => !decision.permitted)) return { refused: decisions };
      }
      const now = this.ports.clock.now();
      const referral: Referral = {
        id: newId(),
        tenantId: actor.tenantId,
        clientId: input.clientId.toLowerCase(),
        from: input.from,
        to: input.to,
        reason: input.reason.trim(),
        urgency: input.urgency,
        categories: input.categories,
        purpose: input.purpose,
        legalBasis: input.legalBasis
          ? { code: input.legalBasis.code, justification: input.legalBasis.justification.trim() }
          : null,
        dueOn: input.dueOn ?? defaultDueOn(input.urgency, today),
        status: 'sent',
        statusNote: null,
        enrolmentId: null,
        createdBy: actor.subject,
        createdAt: now,
        updatedAt: now,
        version: 1,
      };
      await this.ports.referrals.insert(referral, {
        referralId: referral.id,
        tenantId: referral.tenantId,
        version: 1,
        status: 'sent',
        note: null,
        changedBy: actor.subject,
        changedAt: now,
      });
      const receiver = recipientOf(to).name;
      for (const decision of decisions) {
        await this.ports.referralSharing.recordDisclosure({
          actor,
          decisionId: decision.id,
          description: categoryDisclosure(decision.category, receiver),
        });
      }
      await this.ports.audit.record({
        actor,
        action: 'create',
        resourceType: 'referral',
        resourceId: referral.id,
        clientId: referral.clientId,
      });
      return { referral };
    });
    if ('refused' in outcome) throw sharingRefused(outcome.refused);
    return outcome.referral;
  }

  private async resolve(
    actor: Actor,
    party: ReferralParty,
    field: 'from' | 'to',
  ): Promise<Resolved> {
    if (party.kind === 'service') {
      const service = await this.ports.services.findById(actor.tenantId, party.serviceId);
      if (!service) throw unknownReference(`${field}.serviceId`, 'service');
      return { kind: 'service', service };
    }
    const partner = await this.ports.partners.findById(actor.tenantId, party.partnerId);
    if (!partner) throw unknownReference(`${field}.partnerId`, 'partner');
    if (field === 'to' && partner.organisationNumber === null) {
      // Consent names organisations by number: without one, nothing can be shared with it.
      assertValid([
        violation(
          'to.partnerId',
          'organisation-number',
          'must be a partner with an organisation number, so consent can name it',
        ),
      ]);
    }
    return { kind: 'partner', partner };
  }

  private async decide(
    input: SendReferralInput,
    recipient: ReferralRecipient,
  ): Promise<ReferralSharingDecision[]> {
    const decisions: ReferralSharingDecision[] = [];
    for (const category of input.categories) {
      decisions.push(
        await this.ports.referralSharing.decide({
          actor: input.actor,
          clientId: input.clientId,
          category,
          purpose: input.purpose,
          recipient,
          legalBasis: input.legalBasis,
        }),
      );
    }
    return decisions;
  }
}

function recipientOf(party: Resolved): ReferralRecipient {
  return party.kind === 'service'
    ? { kind: 'service', serviceId: party.service.id, name: party.service.name }
    : {
        kind: 'partner',
        organisationNumber: party.partner.organisationNumber ?? '',
        name: party.partner.name,
      };
}

function sharingRefused(decisions: readonly ReferralSharingDecision[]): ServicesError {
  const denied = decisions.filter((decision) => !decision.permitted);
  return new ServicesError(
    ServicesErrorCode.SharingRefused,
    `No consent or legal basis lets the referral share ${denied.map((d) => d.category).join(', ')} with the receiver; nothing was sent.`,
    denied.map((decision) =>
      violation(
        `categories[${decisions.indexOf(decision)}]`,
        decision.reasons[0]?.code ?? 'denied',
        decision.reasons.map((reason) => reason.message).join(' '),
      ),
    ),
    {
      decisions: decisions.map((decision) => ({
        decisionId: decision.id,
        category: decision.category,
        permitted: decision.permitted,
        reasons: decision.reasons.map((reason) => reason.code),
      })),
    },
  );
}
