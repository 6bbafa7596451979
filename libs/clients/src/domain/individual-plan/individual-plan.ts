/**
 * The individual plan (IP, helse- og omsorgstjenesteloven § 7-1): for a client with long-term,
 * coordinated services, made with the client and with their consent. Goals are written in the
 * client's own words; each goal has measures, each the responsibility of a service or a partner.
 */
export const PLAN_STATUSES = ['draft', 'active', 'completed', 'discontinued'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const GOAL_STATUSES = ['active', 'achieved', 'abandoned'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

/** Who carries out a measure: one of the municipality's services (by id), or a partner by name. */
export type Responsible =
  | { readonly kind: 'service'; readonly serviceId: string }
  | { readonly kind: 'partner'; readonly name: string };

export interface PlanMeasure {
  readonly id: string;
  readonly description: string;
  readonly responsible: Responsible;
  /** Oslo days, `YYYY-MM-DD`; `to` open when ongoing. */
  readonly from: string;
  readonly to: string | null;
}

export interface PlanGoal {
  readonly id: string;
  /** The goal as the client put it. */
  readonly inClientsWords: string;
  readonly status: GoalStatus;
  readonly measures: readonly PlanMeasure[];
}

/** The client's consent to having, and sharing within, the plan. */
export interface PlanConsent {
  readonly given: boolean;
  /** Oslo day the client consented; null when not given. */
  readonly on: string | null;
}

export interface IndividualPlanContent {
  /** The coordinator (koordinator): a staff member's token subject. */
  readonly coordinator: string;
  /** The team that holds the plan (for its review list); one of the writer's teams. */
  readonly teamId: string | null;
  readonly clientConsent: PlanConsent;
  readonly status: PlanStatus;
  /** Oslo day by which the plan is to be reviewed with the client. */
  readonly reviewDue: string;
  readonly goals: readonly PlanGoal[];
}

export interface PlanEvaluation {
  readonly id: string;
  /** Oslo day of the evaluation. */
  readonly on: string;
  readonly text: string;
  readonly by: string;
}

export interface IndividualPlan extends IndividualPlanContent {
  readonly id: string;
  readonly clientId: string;
  readonly evaluations: readonly PlanEvaluation[];
  readonly version: number;
  readonly createdAt: Date;
  readonly updatedBy: string;
  readonly updatedAt: Date;
}

/** One kept version of the plan, as it was after a change. */
export interface PlanVersion {
  readonly version: number;
  readonly plan: IndividualPlan;
  readonly savedBy: string;
  readonly savedAt: Date;
}

export const MAX_PLAN_GOALS = 20;
export const MAX_GOAL_MEASURES = 10;
export const MAX_PLAN_TEXT_LENGTH = 1000;
export const MAX_PLAN_EVALUATIONS = 200;
