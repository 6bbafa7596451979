import { ConsentError, ConsentErrorCode, type SharingPolicy } from '@lavterskel/consent';
import type {
  ExternalSharingAnswer,
  ExternalSharingCheck,
  ExternalSharingRequest,
} from '@lavterskel/clients';

/**
 * A responsibility group's external members answered by the consent library (CO-2): may this
 * category go to the member's organisation for coordinating the client's care? Each answer is
 * a logged sharing decision, in the group's transaction. A category code the vocabulary lacks
 * comes back as such, for the clients library to name the field.
 */
export class ConsentGroupSharing implements ExternalSharingCheck {
  /** `sharing` is looked up at the first call: consent's module imports the clients module. */
  constructor(private readonly sharing: () => Pick<SharingPolicy, 'decide'>) {}

  async decide(request: ExternalSharingRequest): Promise<ExternalSharingAnswer> {
    try {
      const decision = await this.sharing().decide({
        actor: request.actor,
        clientId: request.clientId,
        category: request.category,
        purpose: request.purpose,
        recipient: {
          type: 'organisation',
          organisationNumber: request.organisationNumber,
          name: request.organisationName,
        },
      });
      return { kind: 'decided', decisionId: decision.id, permitted: decision.outcome === 'permit' };
    } catch (error) {
      if (
        error instanceof ConsentError &&
        error.code === ConsentErrorCode.InvalidInput &&
        error.violations.some((violation) => violation.field === 'category')
      )
        return { kind: 'unknown-category' };
      throw error;
    }
  }
}
