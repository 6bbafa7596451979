/** Someone to call when the client is in crisis. */
export interface CrisisContact {
  readonly name: string;
  /** Who they are to the client, e.g. "sister", "GP", "drug consultant". */
  readonly relation: string;
  readonly phone: string;
}

/** The client's personal crisis plan (CL-8), made with the client. */
export interface CrisisPlanContent {
  readonly warningSigns: readonly string[];
  readonly whatHelps: readonly string[];
  readonly whoToCall: readonly CrisisContact[];
  /** The client took part in and agrees with the plan. */
  readonly agreedWithClient: boolean;
}

export interface CrisisPlan extends CrisisPlanContent {
  readonly clientId: string;
  readonly version: number;
  readonly updatedBy: string;
  readonly updatedAt: Date;
}

export const MAX_CRISIS_PLAN_ITEMS = 20;
export const MAX_CRISIS_PLAN_ITEM_LENGTH = 500;
export const MAX_CRISIS_CONTACTS = 10;
