import type { GoalStatus, IndividualPlan, PlanMeasure, PlanStatus } from './individual-plan';

export interface FhirGoal {
  resourceType: 'Goal';
  id: string;
  lifecycleStatus: 'active' | 'completed' | 'cancelled';
  achievementStatus?: { coding: { system: string; code: string }[] };
  description: { text: string };
  subject: { reference: string };
}

export interface FhirCarePlan {
  resourceType: 'CarePlan';
  id: string;
  status: 'draft' | 'active' | 'completed' | 'revoked';
  intent: 'plan';
  title: string;
  subject: { reference: string };
  period: { start: string };
  created: string;
  author?: { display: string };
  goal: { reference: string }[];
  activity: {
    detail: {
      status: 'not-started' | 'in-progress' | 'completed' | 'cancelled';
      description: string;
      performer: { display: string; identifier?: { system: string; value: string } }[];
      scheduledPeriod: { start: string; end?: string };
      goal: { reference: string }[];
    };
  }[];
  note?: { time: string; text: string; authorString: string }[];
}

export interface FhirIndividualPlanBundle {
  resourceType: 'Bundle';
  type: 'collection';
  timestamp: string;
  entry: { fullUrl: string; resource: FhirCarePlan | FhirGoal }[];
}

const PLAN_STATUS: Record<PlanStatus, FhirCarePlan['status']> = {
  draft: 'draft',
  active: 'active',
  completed: 'completed',
  discontinued: 'revoked',
};
const GOAL_LIFECYCLE: Record<GoalStatus, FhirGoal['lifecycleStatus']> = {
  active: 'active',
  achieved: 'completed',
  abandoned: 'cancelled',
};
const ACHIEVEMENT = 'http://terminology.hl7.org/CodeSystem/goal-achievement';
/** Our identifiers of services in other libraries' records. */
export const SERVICE_ID_SYSTEM = 'https://lavterskel.no/fhir/sid/service';

const urn = (id: string) => `urn:uuid:${id}`;

function measureStatus(measure: PlanMeasure, goal: GoalStatus, today: string) {
  if (goal === 'abandoned') return 'cancelled' as const;
  if (measure.to !== null && measure.to < today) return 'completed' as const;
  return measure.from > today ? ('not-started' as const) : ('in-progress' as const);
}

/** The plan as FHIR R4: a CarePlan with one activity per measure, and a Goal per goal. */
export function individualPlanFhirBundle(
  plan: IndividualPlan,
  context: { at: Date; today: string },
): FhirIndividualPlanBundle {
  const subject = { reference: `Patient/${plan.clientId}` };
  const carePlan: FhirCarePlan = {
    resourceType: 'CarePlan',
    id: plan.id,
    status: PLAN_STATUS[plan.status],
    intent: 'plan',
    title: 'Individuell plan (helse- og omsorgstjenesteloven § 7-1)',
    subject,
    period: { start: plan.createdAt.toISOString() },
    created: plan.createdAt.toISOString(),
    author: { display: plan.coordinator },
    goal: plan.goals.map((goal) => ({ reference: urn(goal.id) })),
    activity: plan.goals.flatMap((goal) =>
      goal.measures.map((measure) => ({
        detail: {
          status: measureStatus(measure, goal.status, context.today),
          description: measure.description,
          performer: [
            measure.responsible.kind === 'service'
              ? {
                  display: 'Municipal service',
                  identifier: { system: SERVICE_ID_SYSTEM, value: measure.responsible.serviceId },
                }
              : { display: measure.responsible.name },
          ],
          scheduledPeriod: { start: measure.from, ...(measure.to ? { end: measure.to } : {}) },
          goal: [{ reference: urn(goal.id) }],
        },
      })),
    ),
    ...(plan.evaluations.length > 0
      ? {
          note: plan.evaluations.map((evaluation) => ({
            time: `${evaluation.on}T00:00:00Z`,
            text: `Evaluation: ${evaluation.text}`,
            authorString: evaluation.by,
          })),
        }
      : {}),
  };
  const goals: FhirGoal[] = plan.goals.map((goal) => ({
    resourceType: 'Goal',
    id: goal.id,
    lifecycleStatus: GOAL_LIFECYCLE[goal.status],
    ...(goal.status === 'achieved'
      ? { achievementStatus: { coding: [{ system: ACHIEVEMENT, code: 'achieved' }] } }
      : {}),
    description: { text: goal.inClientsWords },
    subject,
  }));
  return {
    resourceType: 'Bundle',
    type: 'collection',
    timestamp: context.at.toISOString(),
    entry: [
      { fullUrl: urn(plan.id), resource: carePlan },
      ...goals.map((goal) => ({ fullUrl: urn(goal.id), resource: goal })),
    ],
  };
}
