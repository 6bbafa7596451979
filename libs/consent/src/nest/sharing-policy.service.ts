import { Inject, Injectable } from '@nestjs/common';
import type { ConsentDependencies } from '../domain/consent-dependencies';
import { ConsentSharingPolicy } from '../domain/consent-sharing-policy';
import { CONSENT_DEPENDENCIES } from './consent.tokens';

/**
 * The SharingPolicy as a Nest provider, exported by ConsentModule: the port other libraries'
 * adapters call (decide, recordDisclosure, crisisContacts). Runs in the caller's transaction.
 */
@Injectable()
export class SharingPolicyService extends ConsentSharingPolicy {
  constructor(@Inject(CONSENT_DEPENDENCIES) deps: ConsentDependencies) {
    super(deps);
  }
}
