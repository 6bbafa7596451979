import { authorizeWithoutCareRelation, parseUuid, type Actor } from '@lavterskel/kernel';
import type { Consent } from './consent';
import { authorizeConsentAccess } from './consent-access';
import type { ConsentDependencies } from './consent-dependencies';
import { ConsentError, ConsentErrorCode } from './consent-error';
import { sharingQuestionViolations } from './decide';
import { DecideSharing } from './decide-sharing.use-case';
import { isLegalBasisCode } from './legal-basis';
import { parseRecipient, type RecipientInput } from './recipient';
import type { SharingDecision } from './sharing-decision';
import { compileVocabulary } from './vocabulary';

export interface SharingDecisionInput {
  actor: Actor;
  clientId: string;
  category: string;
  purpose: string;
  recipient: RecipientInput;
  legalBasis?: { code: string; justification?: string };
  breakGlassReason?: string;
}

/** A decision asked for over HTTP: the input checked as a whole, then need-to-know, then DecideSharing. */
export class RequestSharingDecision {
  private readonly decideSharing: DecideSharing;

  constructor(private readonly deps: ConsentDependencies) {
    this.decideSharing = new DecideSharing(deps);
  }

  async execute(input: SharingDecisionInput): Promise<SharingDecision> {
    const { actor, legalBasis } = input;
    const clientId = parseUuid(input.clientId, 'clientId');
    const parsed = parseRecipient(input.recipient, { field: 'recipient', nameRequired: false });
    const violations = [
      ...parsed.violations,
      ...sharingQuestionViolations(input, compileVocabulary(this.deps.vocabulary)),
    ];
    const { recipient } = parsed;
    // A missing recipient always comes with its violations.
    if (!recipient || violations.length > 0) {
      throw new ConsentError(
        ConsentErrorCode.InvalidInput,
        'The sharing question is not valid.',
        violations,
      );
    }
    return this.deps.unitOfWork.run(async () => {
      const consents = await this.consentsInReach(actor, clientId, input.breakGlassReason);
      return this.decideSharing.execute(
        {
          actor,
          clientId,
          category: input.category,
          purpose: input.purpose,
          recipient,
          ...(legalBasis && isLegalBasisCode(legalBasis.code)
            ? {
                legalBasis: {
                  code: legalBasis.code,
                  justification: legalBasis.justification ?? '',
                },
              }
            : {}),
        },
        consents,
      );
    });
  }

  /**
   * Need-to-know first. Where the repository can, the client's consents and the care
   * relation are one read, and the consents go on to the decision; else the relation is asked
   * and DecideSharing reads them.
   */
  private async consentsInReach(
    actor: Actor,
    clientId: string,
    breakGlassReason: string | undefined,
  ): Promise<readonly Consent[] | undefined> {
    const request = { actor, clientId, breakGlassReason };
    const { consents } = this.deps;
    if (!consents.currentOfClientInCare) {
      await authorizeConsentAccess(request, this.deps);
      return undefined;
    }
    const found = await consents.currentOfClientInCare(actor, clientId);
    if (!found.inCare) await authorizeWithoutCareRelation(request, this.deps.audit);
    return found.consents;
  }
}
