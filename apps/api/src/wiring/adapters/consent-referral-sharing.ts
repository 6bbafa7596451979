import {
  compileVocabulary,
  defaultVocabulary,
  sharingQuestionViolations,
  type LegalBasisClaim,
  type Recipient,
  type SharingPolicy,
} from '@lavterskel/consent';
import type { FieldViolation } from '@lavterskel/kernel';
import type {
  ReferralRecipient,
  ReferralSharing,
  ReferralSharingDecision,
  ReferralSharingQuestion,
} from '@lavterskel/services';

/** The role of the municipality a service is, as consent names it: `service-<service id>`. */
export const serviceRole = (serviceId: string): string => `service-${serviceId}`;

/**
 * A referral's information sharing (SV-9) decided by the consent library (CO-2, CO-3). A partner
 * is an organisation recipient (its organisation number); a municipal service is a role of the
 * municipality (`service-<id>`), so a consent naming the municipality covers all its services and
 * one naming the service's role covers that service only. Consent's policy is looked up on first
 * use: its module imports the clients module, which imports the services module.
 */
export class ConsentReferralSharing implements ReferralSharing {
  private readonly vocabulary = compileVocabulary(defaultVocabulary);
  private policy: SharingPolicy | undefined;

  constructor(
    private readonly resolve: () => SharingPolicy,
    /** kommunenummer → the municipality's organisation number */
    private readonly municipalityOrganisations: Readonly<Record<string, string>>,
  ) {}

  questionViolations(question: {
    categories: readonly string[];
    purpose: string;
    legalBasis?: { code: string; justification: string };
  }): FieldViolation[] {
    const [first = '', ...rest] = question.categories;
    const once = sharingQuestionViolations({ ...question, category: first }, this.vocabulary).map(
      (violation) =>
        violation.field === 'category' ? { ...violation, field: 'categories[0]' } : violation,
    );
    const others = rest.flatMap((category, i) =>
      sharingQuestionViolations({ category, purpose: question.purpose }, this.vocabulary)
        .filter((violation) => violation.field === 'category')
        .map((violation) => ({ ...violation, field: `categories[${i + 1}]` })),
    );
    return [...once, ...others];
  }

  async decide(question: ReferralSharingQuestion): Promise<ReferralSharingDecision> {
    const recipient = this.recipient(question.actor.tenantId, question.recipient);
    if (!recipient) {
      return {
        id: '',
        category: question.category,
        permitted: false,
        reasons: [
          {
            code: 'no-municipality-organisation',
            message: `Municipality ${question.actor.tenantId} has no organisation number configured (MUNICIPALITY_ORGANISATION_NUMBERS), so its services cannot be named as recipients.`,
          },
        ],
      };
    }
    const decision = await this.sharing().decide({
      actor: question.actor,
      clientId: question.clientId,
      category: question.category,
      purpose: question.purpose,
      recipient,
      // Checked by questionViolations before any decision is asked.
      legalBasis: question.legalBasis as LegalBasisClaim | undefined,
    });
    return {
      id: decision.id,
      category: question.category,
      permitted: decision.outcome === 'permit',
      reasons: decision.reasons.map(({ code, message }) => ({ code, message })),
    };
  }

  async recordDisclosure(
    request: Parameters<ReferralSharing['recordDisclosure']>[0],
  ): Promise<void> {
    await this.sharing().recordDisclosure(request);
  }

  private recipient(tenantId: string, recipient: ReferralRecipient): Recipient | null {
    if (recipient.kind === 'partner') {
      return {
        type: 'organisation',
        organisationNumber: recipient.organisationNumber,
        name: recipient.name,
      };
    }
    const organisationNumber = this.municipalityOrganisations[tenantId];
    return organisationNumber
      ? {
          type: 'role',
          organisationNumber,
          role: serviceRole(recipient.serviceId),
          name: recipient.name,
        }
      : null;
  }

  private sharing(): SharingPolicy {
    this.policy ??= this.resolve();
    return this.policy;
  }
}
