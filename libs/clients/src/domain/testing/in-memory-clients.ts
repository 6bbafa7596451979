import {
  fixedClock,
  type Actor,
  type AuditEntry,
  type AuditLog,
  type CareRelations,
  type TenantId,
  type UnitOfWork,
} from '@lavterskel/kernel';
import { AssignedContactCareRelations } from '../client/assigned-contact-care-relations';
import type { StaffAvailability } from '../client/staff-availability';
import type { StaffTeams } from '../client/staff-teams';
import type { ClientsDependencies } from '../clients-dependencies';
import { noExternalSharingCheck } from '../responsibility-group/external-sharing-check';
import { InMemoryClientsCrisisRules } from './in-memory-crisis-rules';
import { InMemoryApplicationRepository } from './in-memory-application.repository';
import { InMemoryClientMergeRepository } from './in-memory-client-merge.repository';
import { InMemoryClientRepository } from './in-memory-client.repository';
import { InMemoryMergeParticipant } from './in-memory-merge-participant';
import { InMemoryEncounterRepository } from './in-memory-encounter.repository';
import {
  InMemoryClinicalProfileRepository,
  InMemoryCrisisPlanRepository,
  InMemoryRelativeRepository,
} from './in-memory-follow-up.repositories';
import { InMemoryHandoverNoteRepository } from './in-memory-handover-note.repository';
import { InMemoryIndividualPlanRepository } from './in-memory-individual-plan.repository';
import { InMemoryResponsibilityGroupRepository } from './in-memory-responsibility-group.repository';
import { InMemorySessionFeedbackRepository } from './in-memory-session-feedback.repository';
import { InMemoryVedtakRepository } from './in-memory-vedtak.repository';
import { InMemoryVulnerabilityFlagRepository } from './in-memory-vulnerability-flag.repository';

/** Every port of the library in memory, with handles for tests to look inside. */
export interface InMemoryClients extends ClientsDependencies {
  readonly clients: InMemoryClientRepository;
  readonly vulnerabilityFlags: InMemoryVulnerabilityFlagRepository;
  readonly applications: InMemoryApplicationRepository;
  readonly encounters: InMemoryEncounterRepository;
  readonly sessionFeedback: InMemorySessionFeedbackRepository;
  readonly vedtak: InMemoryVedtakRepository;
  readonly clientMerges: InMemoryClientMergeRepository;
  /** One participant that keeps records as `clientId` per row id, as another library would. */
  readonly mergeParticipants: readonly [InMemoryMergeParticipant];
  readonly responsibilityGroups: InMemoryResponsibilityGroupRepository;
  readonly clock: ReturnType<typeof fixedClock>;
  /** Every audit entry recorded, in order. */
  readonly auditEntries: AuditEntry[];
  /** Staff subjects currently away (StaffAvailability). */
  readonly absentStaff: Set<string>;
  /** Team ids per staff subject (StaffTeams). */
  readonly staffTeamIds: Map<string, string[]>;
  /** Extra care relations, as `subject:clientId` (e.g. through a team's service). */
  readonly teamRelations: Set<string>;
  /** Allows every encounter until a test tells it otherwise. */
  readonly crisisRules: InMemoryClientsCrisisRules;
}

/** In-memory dependencies at a fixed time; synthetic national ids accepted, as in every test. */
export function inMemoryClients(options: { now?: string } = {}): InMemoryClients {
  const vulnerabilityFlags = new InMemoryVulnerabilityFlagRepository();
  const clients = new InMemoryClientRepository(vulnerabilityFlags);
  const auditEntries: AuditEntry[] = [];
  const absentStaff = new Set<string>();
  const teamRelations = new Set<string>();
  const staffTeamIds = new Map<string, string[]>();
  const staffTeams: StaffTeams = {
    teamsOf: async ({ subject }) => staffTeamIds.get(subject) ?? [],
  };
  const assigned = new AssignedContactCareRelations(clients);
  const careRelations: CareRelations = {
    hasCareRelation: async (actor, clientId) =>
      teamRelations.has(`${actor.subject}:${clientId}`) ||
      assigned.hasCareRelation(actor, clientId),
  };
  const audit: AuditLog = { record: async (entry) => void auditEntries.push(entry) };
  const unitOfWork: UnitOfWork = { run: (work) => work() };
  const encounters = new InMemoryEncounterRepository();
  const staffAvailability: StaffAvailability = {
    absentAmong: async ({ staff }) => new Set(staff.filter((subject) => absentStaff.has(subject))),
  };
  return {
    clients,
    vulnerabilityFlags,
    applications: new InMemoryApplicationRepository(),
    encounters,
    sessionFeedback: new InMemorySessionFeedbackRepository(encounters),
    handoverNotes: new InMemoryHandoverNoteRepository(clients),
    vedtak: new InMemoryVedtakRepository(),
    crisisPlans: new InMemoryCrisisPlanRepository(),
    individualPlans: new InMemoryIndividualPlanRepository(),
    relatives: new InMemoryRelativeRepository(),
    responsibilityGroups: new InMemoryResponsibilityGroupRepository(),
    clinicalProfiles: new InMemoryClinicalProfileRepository(),
    clientMerges: new InMemoryClientMergeRepository(clients),
    mergeParticipants: [new InMemoryMergeParticipant('records')],
    staffAvailability,
    staffTeams,
    crisisRules: new InMemoryClientsCrisisRules(),
    externalSharing: noExternalSharingCheck,
    careRelations,
    unitOfWork,
    audit,
    clock: fixedClock(options.now ?? '2026-11-23T09:00:00Z'),
    settings: { nationalIds: { acceptSynthetic: true } },
    auditEntries,
    absentStaff,
    staffTeamIds,
    teamRelations,
  };
}

/** A staff member of Skien (4003) unless told otherwise. */
export function staffActor(subject: string, overrides: Partial<Actor> = {}): Actor {
  return { subject, tenantId: '4003' as TenantId, roles: ['staff'], teamIds: [], ...overrides };
}
