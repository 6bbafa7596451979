import type { Actor } from '@lavterskel/kernel';
import type { EncounterChannel } from './encounter';

/** An encounter about to be logged, in the words the crisis rules need (CR-7). */
export interface EncounterCheck {
  readonly actor: Actor;
  readonly clientId: string;
  /** The service the encounter belongs to; `null`: none, the level's rule for all services applies. */
  readonly serviceId: string | null;
  readonly channel: EncounterChannel;
}

/** The rules' answer: allowed, or refused with the rule and the level that refuse it. */
export type EncounterVerdict =
  | { readonly allowed: true }
  | {
      readonly allowed: false;
      /** Stable name of the rule, e.g. `channel-not-allowed`, `in-person-where-essential`. */
      readonly rule: string;
      /** The crisis level in force, e.g. `red`. */
      readonly level: string;
      readonly planVersion: number | null;
      /** What the rule says, for staff. */
      readonly message: string;
    };

/**
 * Port: the crisis rules in force for meeting clients (CR-7), e.g. "no appointments in our
 * premises", follow-up by phone or video only. An encounter that took place (or a no-show of
 * one planned) asks it before it is logged; an individual exception for the client is the
 * rules' business. The application wires it (the reference API: `@lavterskel/crisis-mode`).
 */
export interface ClientsCrisisRules {
  checkEncounter(request: EncounterCheck): Promise<EncounterVerdict>;
}

/** For applications without crisis plans: every encounter is allowed. */
export const noClientsCrisisRules: ClientsCrisisRules = {
  checkEncounter: async () => ({ allowed: true }),
};
