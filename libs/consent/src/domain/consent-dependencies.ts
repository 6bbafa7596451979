import type { AuditLog, CareRelations, Clock, UnitOfWork } from '@lavterskel/kernel';
import type { ClientRoster } from './client-roster';
import type { ConsentRepository } from './consent.repository';
import type { DisclosureRepository } from './disclosure.repository';
import type { SharingDecisionRepository } from './sharing-decision.repository';
import type { Vocabulary } from './vocabulary';

/** Everything the use cases need: this library's repositories and the kernel's ports. */
export interface ConsentDependencies {
  readonly consents: ConsentRepository;
  readonly decisions: SharingDecisionRepository;
  readonly disclosures: DisclosureRepository;
  readonly roster: ClientRoster;
  readonly careRelations: CareRelations;
  readonly audit: AuditLog;
  readonly unitOfWork: UnitOfWork;
  readonly clock: Clock;
  readonly vocabulary: Vocabulary;
}
