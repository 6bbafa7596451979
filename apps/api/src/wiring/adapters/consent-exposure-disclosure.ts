import type { SharingPolicy } from '@lavterskel/consent';
import type {
  ExposureDisclosureCheck,
  ExposureDisclosureDecision,
  ExposureDisclosureRequest,
} from '@lavterskel/groups';

/** The role in the municipality that receives exposure lists: its contact-tracing team. */
export const CONTACT_TRACING_ROLE = 'contact-tracing';

/**
 * GR-6 answered by the consent library (CO-2): an exposure list about a client is shown only
 * when the client's consent (or a legal basis) lets their attendance go to the municipality's
 * contact-tracing team, and each list shown is logged as a disclosure (CO-3) the client can see.
 */
export class ConsentExposureDisclosure implements ExposureDisclosureCheck {
  constructor(
    private readonly sharing: SharingPolicy,
    /** kommunenummer → the municipality's organisation number */
    private readonly municipalityOrganisations: Readonly<Record<string, string>>,
  ) {}

  async check(request: ExposureDisclosureRequest): Promise<ExposureDisclosureDecision> {
    const { actor, clientId, from, to } = request;
    const organisationNumber = this.municipalityOrganisations[actor.tenantId];
    if (!organisationNumber) {
      return {
        permitted: false,
        reason: `Municipality ${actor.tenantId} has no organisation number configured (MUNICIPALITY_ORGANISATION_NUMBERS), so its contact-tracing team cannot be named as a recipient.`,
      };
    }
    const decision = await this.sharing.decide({
      actor,
      clientId,
      category: 'attendance',
      purpose: request.purpose,
      recipient: { type: 'role', organisationNumber, role: CONTACT_TRACING_ROLE },
    });
    if (decision.outcome !== 'permit' || !decision.basis) {
      return {
        permitted: false,
        reason: decision.reasons.map((reason) => reason.message).join(' '),
      };
    }
    await this.sharing.recordDisclosure({
      actor,
      decisionId: decision.id,
      description: `Your group attendance from ${from} to ${to}, and who attended the same sessions, given to the contact-tracing team.`,
    });
    const basis = decision.basis;
    return {
      permitted: true,
      basis:
        basis.kind === 'consent'
          ? `consent ${basis.consentId} (version ${basis.consentVersion})`
          : `legal basis ${basis.code}`,
    };
  }
}
