import type { LibraryPersistence } from '@lavterskel/kernel/typeorm';
import { ConsentVersionEntity } from './consent-version.entity';
import { ConsentEntity } from './consent.entity';
import { DecisionReviewEntity } from './decision-review.entity';
import { DisclosureEntity } from './disclosure.entity';
import { consentMigrations } from './migrations';
import { SharingDecisionEntity } from './sharing-decision.entity';

/** What this library adds to a DataSource: its entities (schema `consent`) and migrations. */
export const consentPersistence: LibraryPersistence = {
  name: 'consent',
  schema: 'consent',
  entities: [
    ConsentEntity,
    ConsentVersionEntity,
    SharingDecisionEntity,
    DecisionReviewEntity,
    DisclosureEntity,
  ],
  migrations: consentMigrations,
};
