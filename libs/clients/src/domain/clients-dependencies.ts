import type {
  AuditLog,
  CareRelations,
  ClientMergeParticipant,
  Clock,
  UnitOfWork,
} from '@lavterskel/kernel';
import type { ApplicationRepository } from './application/application.repository';
import type { ClientRepository } from './client/client.repository';
import type { StaffAvailability } from './client/staff-availability';
import type { StaffTeams } from './client/staff-teams';
import type { ClinicalProfileRepository } from './clinical-profile/clinical-profile.repository';
import type { CrisisPlanRepository } from './crisis-plan/crisis-plan.repository';
import type { ClientsCrisisRules } from './encounter/encounter-crisis-rules';
import type { EncounterRepository } from './encounter/encounter.repository';
import type { SessionFeedbackRepository } from './feedback/session-feedback.repository';
import type { HandoverNoteRepository } from './handover/handover-note.repository';
import type { IndividualPlanRepository } from './individual-plan/individual-plan.repository';
import type { ClientMergeRepository } from './merge/client-merge.repository';
import type { NationalIdPolicy } from './national-id/national-id';
import type { RelativeRepository } from './relative/relative.repository';
import type { ExternalSharingCheck } from './responsibility-group/external-sharing-check';
import type { ResponsibilityGroupRepository } from './responsibility-group/responsibility-group.repository';
import type { VedtakRepository } from './vedtak/vedtak.repository';
import type { VulnerabilityFlagRepository } from './vulnerability/vulnerability-flag.repository';

export interface ClientsSettings {
  /** How national ids are checked; `acceptSynthetic` only in test environments. */
  readonly nationalIds: NationalIdPolicy;
}

/**
 * Everything the use cases of this library need: its own repositories, the kernel's ports, and
 * the ports it declares for other libraries to fill (StaffAvailability, ClientsCrisisRules). Each use case takes the
 * part it uses (`Pick<ClientsDependencies, ...>`).
 */
export interface ClientsDependencies {
  readonly clients: ClientRepository;
  readonly vulnerabilityFlags: VulnerabilityFlagRepository;
  readonly applications: ApplicationRepository;
  readonly encounters: EncounterRepository;
  readonly sessionFeedback: SessionFeedbackRepository;
  readonly handoverNotes: HandoverNoteRepository;
  readonly vedtak: VedtakRepository;
  readonly crisisPlans: CrisisPlanRepository;
  readonly individualPlans: IndividualPlanRepository;
  readonly relatives: RelativeRepository;
  readonly responsibilityGroups: ResponsibilityGroupRepository;
  readonly clinicalProfiles: ClinicalProfileRepository;
  readonly clientMerges: ClientMergeRepository;
  /**
   * Every library's share of a client merge, this library's own first; each moves its records
   * of the merged client in the caller's transaction.
   */
  readonly mergeParticipants: readonly ClientMergeParticipant[];
  readonly staffAvailability: StaffAvailability;
  /** Which teams a staff member works in (services' memberships); `noKnownTeams` where unknown. */
  readonly staffTeams: StaffTeams;
  /** The crisis rules in force (CR-7); `noClientsCrisisRules` where there are none. */
  readonly crisisRules: ClientsCrisisRules;
  /** The consent library's sharing decisions for external group members; `noExternalSharingCheck` where there is none. */
  readonly externalSharing: ExternalSharingCheck;
  readonly careRelations: CareRelations;
  readonly unitOfWork: UnitOfWork;
  readonly audit: AuditLog;
  readonly clock: Clock;
  readonly settings: ClientsSettings;
}
