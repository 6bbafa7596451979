import type { Actor } from '@lavterskel/kernel';
import type { DispensingChannel } from '../dispensing/dispensing-event';
import type { HealthMeasureCode, HealthMeasureRequester } from '../health/health-measure';

/** Work this library is about to do that a crisis level may forbid (CR-7). */
export type ServiceActivity =
  | { readonly kind: 'enrolment' }
  | {
      readonly kind: 'health-measure';
      readonly code: HealthMeasureCode;
      readonly requestedBy: HealthMeasureRequester | null;
    }
  | { readonly kind: 'dispensing'; readonly channel: DispensingChannel };

export interface ServiceActivityRequest {
  readonly actor: Actor;
  readonly serviceId: string;
  readonly clientId: string;
  readonly activity: ServiceActivity;
}

/** The rules' answer: allowed, or refused with the rule and the level that refuse it. */
export type ServiceActivityVerdict =
  | { readonly allowed: true }
  | {
      readonly allowed: false;
      /** Stable name of the rule, e.g. `service-closed`. */
      readonly rule: string;
      /** The crisis level in force, e.g. `red`. */
      readonly level: string;
      readonly planVersion: number | null;
      /** What the rule says, for staff. */
      readonly message: string;
    };

/**
 * Port: the crisis rules in force (CR-7). Enrolments, health measures and dispensings ask it
 * before anything is written, inside the use case's transaction. The application wires it to
 * its crisis plans (the reference API: `@lavterskel/crisis-mode`); an individual exception for
 * the client is the rules' business, so an excepted client is simply `allowed`.
 */
export interface ServicesCrisisRules {
  check(request: ServiceActivityRequest): Promise<ServiceActivityVerdict>;
}

/** For applications without crisis plans: every activity is allowed. */
export const noServicesCrisisRules: ServicesCrisisRules = {
  check: async () => ({ allowed: true }),
};
