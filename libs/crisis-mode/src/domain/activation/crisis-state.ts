import type { TenantId } from '@lavterskel/kernel';

/** The level in force in a municipality, and the plan version it was activated with (CR-2). */
export interface CrisisState {
  readonly tenantId: TenantId;
  readonly level: string;
  readonly planId: string | null;
  readonly planVersion: number | null;
  /** The level change that brought this level, and what it applied (to undo it). */
  readonly levelChangeId: string | null;
  readonly since: Date | null;
  readonly version: number;
}

export function noCrisis(tenantId: TenantId): CrisisState {
  return {
    tenantId,
    level: 'normal',
    planId: null,
    planVersion: null,
    levelChangeId: null,
    since: null,
    version: 0,
  };
}

/** Where a change comes from: the guideline it follows. */
export interface Guideline {
  readonly text: string;
  readonly url: string | null;
}

/** What one level change applied, per effect; kept in the history (CR-2). */
export interface AppliedCounts {
  readonly servicesSwitched: number;
  readonly servicesRestored: number;
  readonly groupsRearranged: number;
  readonly membersMoved: number;
  readonly membersUnplaced: number;
  readonly groupsRestored: number;
  readonly tasksCreated: number;
  readonly tasksCancelled: number;
}

/** One entry of a municipality's crisis history: who changed the level, when and why. */
export interface LevelChange {
  readonly id: string;
  readonly tenantId: TenantId;
  readonly fromLevel: string;
  readonly toLevel: string;
  readonly planId: string | null;
  readonly planVersion: number | null;
  readonly reason: string;
  readonly guideline: Guideline;
  readonly requestedBy: string;
  /** Set when the change was scheduled ahead. */
  readonly scheduledChangeId: string | null;
  readonly appliedAt: Date;
  readonly counts: AppliedCounts;
}

/** What a level change did that its undoing needs. */
export interface AppliedEffects {
  readonly levelChangeId: string;
  /** Services switched, with the mode each had before the crisis. */
  readonly serviceModes: readonly {
    serviceId: string;
    previousMode: string;
    appliedMode: string;
  }[];
  /** References of cohort arrangements applied (`CohortArrangements.restore`). */
  readonly arrangementReferences: readonly string[];
  /** Every level change since the crisis began, this one included: whose tasks end with it. */
  readonly episodeChangeIds: readonly string[];
}
