import type { TenantId } from '@lavterskel/kernel';
import type {
  ContactChannel,
  DispensingChannel,
  ServiceCategory,
  ServiceMode,
  VulnerabilityFlag,
} from '../shared/vocabulary';

/** The level that means "no crisis": every plan starts with it, and it carries no rules. */
export const NORMAL_LEVEL = 'normal';

/** Which services a rule is for: one service, every service of a category, or all of them. */
export type RuleTarget =
  | { readonly kind: 'service'; readonly serviceId: string }
  | { readonly kind: 'category'; readonly category: ServiceCategory }
  | { readonly kind: 'all' };

/**
 * Who remains eligible while the level is in force (CR-1):
 * - `health-measure-requesters`: a health measure (e.g. `urine-test`) is recorded only when one
 *   of the named requesters (`child-welfare`, `ung-pluss`, `driving-licence`) asks for it;
 * - `group-residents-only`: the service's groups take only clients who live in (are enrolled
 *   in) the housing service named.
 */
export type EligibilityRule =
  | {
      readonly kind: 'health-measure-requesters';
      readonly measure: string;
      readonly requesters: readonly string[];
    }
  | { readonly kind: 'group-residents-only'; readonly residenceServiceId: string };

/** How services of the target run at one level. `null` limits mean "no limit". */
export interface ServiceRule {
  readonly target: RuleTarget;
  readonly mode: ServiceMode;
  /** Groups of these services are re-cohorted to at most this many members. */
  readonly maxGroupSize: number | null;
  /** No group activity at all (joins refused) unless the client has an individual exception. */
  readonly groupsClosed: boolean;
  /** Fixed time slots (batches) a day for the cohorts, e.g. 2 for "two batches a day". */
  readonly batchesPerDay: number | null;
  /** Channels staff may meet clients on; `null`: every channel. */
  readonly allowedChannels: readonly ContactChannel[] | null;
  /** Persons in the premises at once. */
  readonly maxPersonsInPremises: number | null;
  /** In-person meetings only "where essential": each needs an individual exception. */
  readonly inPersonOnlyWhereEssential: boolean;
  /** LAR dispensing channels allowed, e.g. only `hatch`; `null`: every channel. */
  readonly dispensingChannels: readonly DispensingChannel[] | null;
  readonly eligibility: readonly EligibilityRule[];
  /** The service's clients are reached first (e.g. UNG pluss). */
  readonly prioritised: boolean;
  /** What the rule means in the service's own words, shown to staff. */
  readonly note: string;
}

/** A critical service needs at least `minimum` trained, available staff with `competency` (CR-5). */
export interface StaffingMinimum {
  readonly serviceId: string;
  readonly competency: string;
  readonly minimum: number;
}

export interface CrisisLevel {
  /** e.g. `normal`, `yellow`, `red`: lower-case words joined by hyphens. */
  readonly code: string;
  readonly name: string;
  readonly description: string;
  /** Most specific first wins: a service's own rule, then its category's, then `all`. */
  readonly rules: readonly ServiceRule[];
  /** Clients with any of these flags are reached first (CR-4). */
  readonly priorityFlags: readonly VulnerabilityFlag[];
  readonly staffing: readonly StaffingMinimum[];
}

/** What a coordinator writes; the first level must be `normal`, with no rules. */
export interface CrisisPlanContent {
  readonly name: string;
  readonly levels: readonly CrisisLevel[];
}

/** One version of a municipality's crisis plan (CR-1). Editing makes a new version. */
export interface CrisisPlan extends CrisisPlanContent {
  readonly id: string;
  readonly tenantId: TenantId;
  readonly version: number;
  readonly createdBy: string;
  readonly createdAt: Date;
}

export function levelOf(plan: CrisisPlanContent, code: string): CrisisLevel | undefined {
  return plan.levels.find((level) => level.code === code);
}
