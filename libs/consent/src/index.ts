export { ConsentError, ConsentErrorCode } from './domain/consent-error';
export {
  compileVocabulary,
  defaultVocabulary,
  type CompiledVocabulary,
  type Term,
  type TermCoding,
  type TermIndex,
  type Vocabulary,
} from './domain/vocabulary';
export {
  RECIPIENT_TYPES,
  parseRecipient,
  recipientCovers,
  type Recipient,
  type RecipientInput,
  type RecipientType,
} from './domain/recipient';
export {
  CONSENT_METHODS,
  amendConsent,
  effectiveStatus,
  grantConsent,
  parseConsentTerms,
  withdrawConsent,
  type Consent,
  type ConsentChange,
  type ConsentMethod,
  type ConsentStatus,
  type ConsentTerms,
  type ConsentTermsInput,
  type EffectiveStatus,
} from './domain/consent';
export {
  LEGAL_BASES,
  LEGAL_BASIS_CODES,
  MIN_JUSTIFICATION_LENGTH,
  isLegalBasisCode,
  type LegalBasisClaim,
  type LegalBasisCode,
} from './domain/legal-basis';
export {
  decide,
  sharingQuestionViolations,
  type Decision,
  type DecisionBasis,
  type DecisionReason,
  type DecisionReasonCode,
  type SharingQuestion,
} from './domain/decide';
export {
  REVIEW_CONCLUSIONS,
  type DecisionReview,
  type ReviewConclusion,
  type SharingDecision,
} from './domain/sharing-decision';
export { MAX_DESCRIPTION_LENGTH, type Disclosure } from './domain/disclosure';
export {
  crisisContactability,
  type ClientContactability,
  type CrisisContact,
} from './domain/crisis-contactability';
export {
  CATEGORY_SYSTEM,
  ORGANISATION_NUMBER_SYSTEM,
  PURPOSE_SYSTEM,
  toFhirConsent,
  type FhirConsent,
} from './domain/consent-fhir';

// Ports
export type { ConsentRepository } from './domain/consent.repository';
export type { ReviewState, SharingDecisionRepository } from './domain/sharing-decision.repository';
export type { DisclosureRepository } from './domain/disclosure.repository';
export type { ClientRoster } from './domain/client-roster';
export type { ConsentDependencies } from './domain/consent-dependencies';

// The port other libraries use, and its implementation
export type { DisclosureRequest, SharingPolicy, SharingRequest } from './domain/sharing-policy';
export { ConsentSharingPolicy } from './domain/consent-sharing-policy';

// Use cases
export { GrantConsent, type GrantConsentInput } from './domain/grant-consent.use-case';
export { AmendConsent, type AmendConsentInput } from './domain/amend-consent.use-case';
export { WithdrawConsent, type WithdrawConsentInput } from './domain/withdraw-consent.use-case';
export { GetConsent, type ConsentQuery } from './domain/get-consent.use-case';
export { ListConsentVersions } from './domain/list-consent-versions.use-case';
export { ListClientConsents, type ClientQuery } from './domain/list-client-consents.use-case';
export { ExportFhirConsent } from './domain/export-fhir-consent.use-case';
export { DecideSharing } from './domain/decide-sharing.use-case';
export {
  RequestSharingDecision,
  type SharingDecisionInput,
} from './domain/request-sharing-decision.use-case';
export { RecordDisclosure } from './domain/record-disclosure.use-case';
export { ListClientDisclosures } from './domain/list-client-disclosures.use-case';
export { ReviewDecision, type ReviewDecisionInput } from './domain/review-decision.use-case';
export {
  ListDecisionsForReview,
  type DecisionsForReviewQuery,
} from './domain/list-decisions-for-review.use-case';
export { FindCrisisContacts } from './domain/find-crisis-contacts.use-case';
export {
  CrisisContactabilityReport,
  type ContactabilityFilter,
  type CrisisContactabilityQuery,
} from './domain/crisis-contactability-report.use-case';
