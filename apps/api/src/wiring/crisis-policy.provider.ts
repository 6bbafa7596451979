import type { Provider } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import {
  CheckCrisisPolicy,
  GetEffectivePolicy,
  type CheckCrisisPolicyInput,
  type EffectivePolicy,
  type GetEffectivePolicyInput,
  type PolicyVerdict,
} from '@lavterskel/crisis-mode';

/** The crisis policy in force (CR-7), as the other libraries' adapters ask it. */
export interface CrisisPolicy {
  /** May this be done for this client at this service now? */
  check(input: CheckCrisisPolicyInput): Promise<PolicyVerdict>;
  /** The rules themselves, for an adapter that gathers facts only when a rule needs them. */
  effective(input: GetEffectivePolicyInput): Promise<EffectivePolicy>;
}

export const CRISIS_POLICY = Symbol('lavterskel:api:crisis-policy');

/**
 * Crisis mode's policy for the services, groups and clients libraries' crisis-rules ports.
 * Crisis mode's own wiring imports those libraries (its effects go through them), so its use
 * cases are looked up once the application is built, not injected: no cycle between modules.
 */
export const crisisPolicyProvider: Provider = {
  provide: CRISIS_POLICY,
  inject: [ModuleRef],
  useFactory: (moduleRef: ModuleRef): CrisisPolicy => {
    const find = <T>(type: new (...args: never[]) => T): T => {
      const found = moduleRef.get(type, { strict: false });
      if (!found) throw new Error(`${type.name} is not provided: is CrisisModeModule imported?`);
      return found;
    };
    let check: CheckCrisisPolicy | undefined;
    let effective: GetEffectivePolicy | undefined;
    return {
      check: (input) => (check ??= find(CheckCrisisPolicy)).execute(input),
      effective: (input) => (effective ??= find(GetEffectivePolicy)).execute(input),
    };
  },
};
