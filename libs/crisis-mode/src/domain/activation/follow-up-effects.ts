import { addDays, newId, type TenantId } from '@lavterskel/kernel';
import type { CrisisLevel } from '../plan/crisis-plan';
import { resolveRule } from '../policy/resolve-rule';
import type {
  ActiveEnrolment,
  CatalogueService,
  ClientFacts,
  UnplacedCohortMember,
} from '../other-libraries';
import type { FollowUpTask, TaskAssignee, TaskPriority } from '../tasks/follow-up-task';

/** Competency that marks a LAR dispensing service: its clients are reached right after the flagged. */
export const LAR_COMPETENCY = 'lar-dispensing';

/** One collator for every comparison: `localeCompare(…, 'nb')` builds a new one per call. */
const BY_NAME = new Intl.Collator('nb');

const DAYS_TO_DUE: Record<TaskPriority, number> = { asap: 0, urgent: 1, routine: 3 };

export interface FollowUpContext {
  readonly tenantId: TenantId;
  readonly levelChangeId: string;
  readonly level: CrisisLevel;
  readonly services: ReadonlyMap<string, CatalogueService>;
  /** Client id → facts; clients the registry does not know are skipped. */
  readonly facts: ReadonlyMap<string, ClientFacts>;
  readonly larClients: ReadonlySet<string>;
  /** Staff (token subjects) away today: their clients go to the back-up, else the team. */
  readonly absent: ReadonlySet<string>;
  readonly createdBy: string;
  readonly now: Date;
  /** Oslo day of `now`. */
  readonly today: string;
}

/** Most vulnerable first (CR-3, CR-4): the plan's priority flags, then LAR clients. */
export function priorityOf(
  context: Pick<FollowUpContext, 'level' | 'larClients'>,
  facts: ClientFacts,
  prioritisedService: boolean,
): TaskPriority {
  if (facts.vulnerabilityFlags.some((flag) => context.level.priorityFlags.includes(flag)))
    return 'asap';
  if (context.larClients.has(facts.clientId) || prioritisedService) return 'urgent';
  return 'routine';
}

/**
 * The client's primary contact, else the back-up, else the team that runs the service; with no
 * team known (a cohort member), the primary contact all the same: their team sees the task.
 */
export function assigneeOf(
  facts: ClientFacts,
  absent: ReadonlySet<string>,
  teamId: string | null,
): TaskAssignee {
  if (!absent.has(facts.primaryContact)) return { kind: 'staff', subject: facts.primaryContact };
  if (facts.backupContact && !absent.has(facts.backupContact))
    return { kind: 'staff', subject: facts.backupContact };
  return teamId ? { kind: 'team', teamId } : { kind: 'staff', subject: facts.primaryContact };
}

function task(
  context: FollowUpContext,
  fields: Pick<
    FollowUpTask,
    'kind' | 'clientId' | 'serviceId' | 'groupId' | 'description' | 'priority' | 'assignee'
  >,
): FollowUpTask {
  return {
    ...fields,
    id: newId(),
    tenantId: context.tenantId,
    levelChangeId: context.levelChangeId,
    noticeId: null,
    due: addDays(context.today, DAYS_TO_DUE[fields.priority]),
    status: 'open',
    outcome: null,
    createdBy: context.createdBy,
    createdAt: context.now,
    updatedAt: context.now,
    closedBy: null,
    closedAt: null,
    version: 1,
  };
}

/**
 * One task per client whose in-person service stopped: a phone call, or a home visit for a
 * client who cannot be phoned. A client enrolled in several such services gets one task, for
 * the first of them by name, naming them all.
 */
export function followUpTasks(
  context: FollowUpContext,
  stopped: readonly ActiveEnrolment[],
): FollowUpTask[] {
  const byClient = new Map<string, CatalogueService[]>();
  for (const enrolment of stopped) {
    const service = context.services.get(enrolment.serviceId);
    if (!service || !context.facts.has(enrolment.clientId)) continue;
    byClient.set(enrolment.clientId, [...(byClient.get(enrolment.clientId) ?? []), service]);
  }
  return [...byClient.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([clientId, services]) => {
      const facts = context.facts.get(clientId) as ClientFacts;
      const ordered = [...services].sort(
        (a, b) => BY_NAME.compare(a.name, b.name) || a.id.localeCompare(b.id),
      );
      const first = ordered[0];
      const prioritised = ordered.some(
        (service) => resolveRule(context.level, service)?.prioritised,
      );
      const names = ordered.map((service) => service.name).join(', ');
      const visit = !facts.reachableByPhone;
      return task(context, {
        kind: visit ? 'home-visit' : 'phone-follow-up',
        clientId,
        serviceId: first.id,
        groupId: null,
        description: visit
          ? `In-person service stopped at crisis level ${context.level.code} (${names}); the client has no phone: visit.`
          : `In-person service stopped at crisis level ${context.level.code} (${names}): follow up by phone.`,
        priority: priorityOf(context, facts, prioritised),
        assignee: assigneeOf(facts, context.absent, first.teamId),
      });
    });
}

/** A task for every cohort member who found no seat at the new size (GR-4): never dropped silently. */
export function unplacedMemberTasks(
  context: FollowUpContext,
  unplaced: readonly UnplacedCohortMember[],
): FollowUpTask[] {
  return unplaced.flatMap((member) => {
    const facts = context.facts.get(member.clientId);
    if (!facts) return [];
    return [
      task(context, {
        kind: 'unplaced-cohort-member',
        clientId: member.clientId,
        serviceId: null,
        groupId: member.groupId,
        description: `No seat in a cohort at crisis level ${context.level.code}: waitlisted; offer another time or follow up by phone.`,
        priority: priorityOf(context, facts, false),
        assignee: assigneeOf(facts, context.absent, null),
      }),
    ];
  });
}
