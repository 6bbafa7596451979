import {
  addDays,
  isCalendarDay,
  isUuid,
  osloDate,
  type Actor,
  type Page,
  type PageRequest,
} from '@lavterskel/kernel';
import type { ClientsDependencies } from '../clients-dependencies';
import { ClientsError, ClientsErrorCode } from '../clients-error';
import { Violations } from '../shared/violations';
import type { PlanDueForReview } from './individual-plan.repository';

export interface ListPlansDueForReviewInput {
  actor: Actor;
  teamId: string;
  /** Oslo day, included; default two weeks from today. */
  by?: string;
  page: PageRequest;
}

type Dependencies = Pick<ClientsDependencies, 'individualPlans' | 'unitOfWork' | 'audit' | 'clock'>;

/** The lead time of the default review list: what falls due in the next two weeks, and overdue plans. */
const DEFAULT_LOOKAHEAD_DAYS = 14;

/** IP (§ 7-1): a team's draft and active plans due for review, soonest (and overdue) first. */
export class ListPlansDueForReview {
  constructor(private readonly deps: Dependencies) {}

  async execute(input: ListPlansDueForReviewInput): Promise<Page<PlanDueForReview>> {
    const violations = new Violations();
    if (!isUuid(input.teamId)) violations.add('teamId', 'uuid', 'must be a team id (UUID)');
    if (input.by !== undefined && !isCalendarDay(input.by))
      violations.add('by', 'calendar-date', 'must be a real date, YYYY-MM-DD');
    violations.throwIfAny();
    if (!input.actor.teamIds.includes(input.teamId))
      throw new ClientsError(
        ClientsErrorCode.TeamForbidden,
        'Only members of the team see its review list.',
        [{ field: 'teamId', rule: 'own-team', message: 'must be one of your teams' }],
      );
    const by = input.by ?? addDays(osloDate(this.deps.clock.now()), DEFAULT_LOOKAHEAD_DAYS);
    return this.deps.unitOfWork.run(async () => {
      const page = await this.deps.individualPlans.dueForReview(
        { tenantId: input.actor.tenantId, teamId: input.teamId, by },
        input.page,
      );
      await this.deps.audit.record({
        actor: input.actor,
        action: 'search',
        resourceType: 'individual-plan',
        resourceId: input.teamId,
        clientIds: page.items.map((item) => item.clientId),
      });
      return page;
    });
  }
}
