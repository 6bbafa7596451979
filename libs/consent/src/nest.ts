export {
  CONSENT_MODULE_OPTIONS,
  ConsentModule,
  type ConsentModuleOptions,
} from './nest/consent.module';
export { ConsentErrorFilter } from './nest/consent-error.filter';
export { SharingPolicyService } from './nest/sharing-policy.service';
export { ConsentsController } from './nest/consents.controller';
export { ConsentVocabularyController } from './nest/consent-vocabulary.controller';
export { CrisisContactabilityController } from './nest/crisis-contactability.controller';
export { SharingDecisionsController } from './nest/sharing-decisions.controller';
export { ClientDisclosuresController } from './nest/client-disclosures.controller';
