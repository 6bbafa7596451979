import type { ConsentDependencies } from './consent-dependencies';
import type { ClientContactability } from './crisis-contactability';
import { DecideSharing } from './decide-sharing.use-case';
import type { Disclosure } from './disclosure';
import { FindCrisisContacts } from './find-crisis-contacts.use-case';
import { RecordDisclosure } from './record-disclosure.use-case';
import type { DisclosureRequest, SharingPolicy, SharingRequest } from './sharing-policy';
import type { SharingDecision } from './sharing-decision';
import type { Actor } from '@lavterskel/kernel';

/** This library's implementation of SharingPolicy, for applications without NestJS. */
export class ConsentSharingPolicy implements SharingPolicy {
  private readonly decideSharing: DecideSharing;
  private readonly recordDisclosureOf: RecordDisclosure;
  private readonly findCrisisContacts: FindCrisisContacts;

  constructor(deps: ConsentDependencies) {
    this.decideSharing = new DecideSharing(deps);
    this.recordDisclosureOf = new RecordDisclosure(deps);
    this.findCrisisContacts = new FindCrisisContacts(deps);
  }

  decide(request: SharingRequest): Promise<SharingDecision> {
    return this.decideSharing.execute(request);
  }

  recordDisclosure(request: DisclosureRequest): Promise<Disclosure> {
    return this.recordDisclosureOf.execute(request);
  }

  crisisContacts(request: {
    actor: Actor;
    clientIds: readonly string[];
  }): Promise<ClientContactability[]> {
    return this.findCrisisContacts.execute(request);
  }
}
