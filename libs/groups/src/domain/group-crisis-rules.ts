import type { Actor } from '@lavterskel/kernel';

/** A join this library is about to make, in the words the crisis rules need (CR-7). */
export interface GroupJoinCheck {
  readonly actor: Actor;
  /** The service that runs the group: the crisis rules are per service. */
  readonly serviceId: string;
  readonly groupId: string;
  readonly clientId: string;
  /** Active members of the cohort the client would be seated in, before the join; `null` when waitlisted. */
  readonly membersNow: number | null;
}

/** The rules' answer: allowed, or refused with the rule and the level that refuse it. */
export type GroupJoinVerdict =
  | { readonly allowed: true }
  | {
      readonly allowed: false;
      /** Stable name of the rule, e.g. `groups-closed`, `group-size`, `group-residents-only`. */
      readonly rule: string;
      /** The crisis level in force, e.g. `red`. */
      readonly level: string;
      readonly planVersion: number | null;
      /** What the rule says, for staff. */
      readonly message: string;
    };

/**
 * Port: the crisis rules in force for group activity (CR-7): closed groups, a smaller group
 * size, groups only for the residents of a housing service. A join asks it under the group's
 * lock, before anything is written; an individual exception for the client is the rules'
 * business. The application wires it (the reference API: `@lavterskel/crisis-mode`).
 */
export interface GroupCrisisRules {
  checkJoin(request: GroupJoinCheck): Promise<GroupJoinVerdict>;
}

/** For applications without crisis plans: every join is allowed. */
export const noGroupCrisisRules: GroupCrisisRules = {
  checkJoin: async () => ({ allowed: true }),
};
