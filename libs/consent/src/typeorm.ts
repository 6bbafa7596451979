export { consentPersistence } from './persistence/consent-persistence';
export { consentMigrations } from './persistence/migrations';
export { ConsentEntity } from './persistence/consent.entity';
export { ConsentVersionEntity } from './persistence/consent-version.entity';
export { SharingDecisionEntity } from './persistence/sharing-decision.entity';
export { DecisionReviewEntity } from './persistence/decision-review.entity';
export { DisclosureEntity } from './persistence/disclosure.entity';
export { TypeOrmConsentRepository } from './persistence/typeorm-consent.repository';
export { TypeOrmSharingDecisionRepository } from './persistence/typeorm-sharing-decision.repository';
export { TypeOrmDisclosureRepository } from './persistence/typeorm-disclosure.repository';
export {
  consentClientMergeParticipant,
  CONSENT_CLIENT_TABLES,
} from './persistence/client-merge/consent-client-merge';
