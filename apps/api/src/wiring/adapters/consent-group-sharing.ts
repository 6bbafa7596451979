import {
  ConsentError,
  ConsentErrorCode,
  compileVocabulary,
  type CompiledVocabulary,
  type SharingPolicy,
  type Vocabulary,
} from '@lavterskel/consent';
import type {
  ExternalDisclosureRequest,
  ExternalSharingAnswer,
  ExternalSharingCheck,
  ExternalSharingRequest,
} from '@lavterskel/clients';

/**
 * A responsibility group's external members answered by the consent library (CO-2): may this
 * category go to the member's organisation for coordinating the client's care? Each answer is
 * a logged sharing decision, in the group's transaction. A category code the vocabulary lacks
 * comes back as such, for the clients library to name the field. A held meeting's shares are
 * logged as disclosures (CO-3), described with the category's name in the consent vocabulary.
 */
export class ConsentGroupSharing implements ExternalSharingCheck {
  /**
   * `sharing` is looked up at the first call: consent's module imports the clients module.
   * `vocabulary` is the one the consent module is configured with.
   */
  private readonly vocabulary: CompiledVocabulary;

  constructor(
    private readonly sharing: () => Pick<SharingPolicy, 'decide' | 'recordDisclosure'>,
    vocabulary: Vocabulary,
  ) {
    this.vocabulary = compileVocabulary(vocabulary);
  }

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

  async recordDisclosure(request: ExternalDisclosureRequest): Promise<void> {
    await this.sharing().recordDisclosure({
      actor: request.actor,
      decisionId: request.decisionId,
      description: `${this.categoryName(request.category)} discussed with ${request.organisationName} at the responsibility group meeting on ${norwegianDate(request.meetingDay)}.`,
    });
  }

  /** "Mental health (mental-health)": the vocabulary's label, with the code the consent names. */
  private categoryName(code: string): string {
    const label = this.vocabulary.categories.term(code)?.label;
    return label ? `${label} (${code})` : code;
  }
}

/** `2026-11-23` as Norwegians write it: `23.11.2026`. */
function norwegianDate(day: string): string {
  const [year, month, date] = day.split('-');
  return `${date}.${month}.${year}`;
}
