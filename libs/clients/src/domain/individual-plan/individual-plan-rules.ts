import { isCalendarDay, isUuid, newId, type Actor } from '@lavterskel/kernel';
import { Violations } from '../shared/violations';
import {
  GOAL_STATUSES,
  MAX_GOAL_MEASURES,
  MAX_PLAN_GOALS,
  MAX_PLAN_TEXT_LENGTH,
  PLAN_STATUSES,
  type IndividualPlanContent,
  type PlanGoal,
  type PlanMeasure,
} from './individual-plan';

/** A goal or measure as written: an existing one names its id, a new one has none. */
export interface MeasureEntry extends Omit<PlanMeasure, 'id'> {
  id?: string;
}
export interface GoalEntry extends Omit<PlanGoal, 'id' | 'measures'> {
  id?: string;
  measures: readonly MeasureEntry[];
}
export interface IndividualPlanEntry extends Omit<IndividualPlanContent, 'goals'> {
  goals: readonly GoalEntry[];
}

function text(violations: Violations, field: string, value: unknown): void {
  if (typeof value !== 'string' || value.trim() === '')
    violations.add(field, 'not-blank', 'must not be blank');
  else violations.maxLength(field, value, MAX_PLAN_TEXT_LENGTH);
}

function measureOf(
  entry: MeasureEntry,
  field: string,
  known: ReadonlySet<string>,
  violations: Violations,
): PlanMeasure {
  text(violations, `${field}.description`, entry.description);
  if (entry.responsible?.kind === 'service') {
    if (!isUuid(entry.responsible.serviceId))
      violations.add(`${field}.responsible.serviceId`, 'uuid', 'must be a service id (UUID)');
  } else if (entry.responsible?.kind === 'partner') {
    text(violations, `${field}.responsible.name`, entry.responsible.name);
  } else violations.add(`${field}.responsible.kind`, 'is-in', 'must be service or partner');
  if (!isCalendarDay(entry.from))
    violations.add(`${field}.from`, 'calendar-date', 'must be a real date, YYYY-MM-DD');
  if (entry.to !== null && !isCalendarDay(entry.to))
    violations.add(`${field}.to`, 'calendar-date', 'must be a real date, YYYY-MM-DD or null');
  else if (entry.to !== null && isCalendarDay(entry.from) && entry.to < entry.from)
    violations.add(`${field}.to`, 'not-before-from', 'must not be before from');
  if (entry.id !== undefined && !known.has(entry.id))
    violations.add(
      `${field}.id`,
      'known-measure',
      'must be a measure of this goal in the plan (leave it out for a new one)',
    );
  return {
    id: entry.id ?? newId(),
    description: entry.description?.trim(),
    responsible:
      entry.responsible?.kind === 'partner'
        ? { kind: 'partner', name: entry.responsible.name?.trim() }
        : entry.responsible,
    from: entry.from,
    to: entry.to,
  };
}

/**
 * Checks a plan as written and gives new goals and measures their ids. `current` is the plan
 * being replaced: ids that are named must be its own. An active plan needs the client's consent.
 */
export function validateIndividualPlan(
  entry: IndividualPlanEntry,
  context: { actor: Actor; current: IndividualPlanContent | null },
  violations: Violations,
): IndividualPlanContent {
  text(violations, 'coordinator', entry.coordinator);
  violations.maxLength('coordinator', entry.coordinator, 200);
  if (entry.teamId !== null && !context.actor.teamIds.includes(entry.teamId))
    violations.add('teamId', 'own-team', 'must be one of your teams');
  if (!PLAN_STATUSES.includes(entry.status))
    violations.add('status', 'is-in', `must be one of: ${PLAN_STATUSES.join(', ')}`);
  if (!isCalendarDay(entry.reviewDue))
    violations.add('reviewDue', 'calendar-date', 'must be a real date, YYYY-MM-DD');
  const consent = entry.clientConsent;
  if (consent.given && (consent.on === null || !isCalendarDay(consent.on)))
    violations.add(
      'clientConsent.on',
      'calendar-date',
      'must be the day the client consented, YYYY-MM-DD',
    );
  if (!consent.given && consent.on !== null)
    violations.add(
      'clientConsent.on',
      'null-without-consent',
      'must be null when consent is not given',
    );
  if (entry.status === 'active' && !consent.given)
    violations.add(
      'clientConsent.given',
      'consent-for-active-plan',
      'an active plan needs the client’s consent',
    );
  if (entry.goals.length > MAX_PLAN_GOALS)
    violations.add('goals', 'max-items', `must have at most ${MAX_PLAN_GOALS} goals`);
  const currentGoals = new Map((context.current?.goals ?? []).map((goal) => [goal.id, goal]));
  const goals = entry.goals.map((goal, index): PlanGoal => {
    const field = `goals[${index}]`;
    text(violations, `${field}.inClientsWords`, goal.inClientsWords);
    if (!GOAL_STATUSES.includes(goal.status))
      violations.add(`${field}.status`, 'is-in', `must be one of: ${GOAL_STATUSES.join(', ')}`);
    if (goal.id !== undefined && !currentGoals.has(goal.id))
      violations.add(
        `${field}.id`,
        'known-goal',
        'must be a goal of the plan (leave it out for a new one)',
      );
    if (goal.measures.length > MAX_GOAL_MEASURES)
      violations.add(
        `${field}.measures`,
        'max-items',
        `must have at most ${MAX_GOAL_MEASURES} measures`,
      );
    const knownMeasures = new Set(
      (goal.id === undefined ? [] : (currentGoals.get(goal.id)?.measures ?? [])).map((m) => m.id),
    );
    return {
      id: goal.id ?? newId(),
      inClientsWords: goal.inClientsWords?.trim(),
      status: goal.status,
      measures: goal.measures.map((measure, m) =>
        measureOf(measure, `${field}.measures[${m}]`, knownMeasures, violations),
      ),
    };
  });
  const ids = entry.goals.flatMap((goal) => (goal.id === undefined ? [] : [goal.id]));
  if (new Set(ids).size !== ids.length)
    violations.add('goals', 'unique-ids', 'must not name a goal twice');
  return {
    coordinator: entry.coordinator?.trim(),
    teamId: entry.teamId,
    clientConsent: { given: consent.given, on: consent.given ? consent.on : null },
    status: entry.status,
    reviewDue: entry.reviewDue,
    goals,
  };
}
