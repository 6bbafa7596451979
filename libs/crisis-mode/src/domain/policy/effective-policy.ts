import { NORMAL_LEVEL, type EligibilityRule, type ServiceRule } from '../plan/crisis-plan';
import type { ContactChannel, DispensingChannel, ServiceMode } from '../shared/vocabulary';

/** An individual assessment that lets one client use one service despite the level (CR-1). */
export interface CrisisException {
  readonly id: string;
  readonly tenantId: string;
  readonly clientId: string;
  /** `null`: every service of the municipality. */
  readonly serviceId: string | null;
  readonly reason: string;
  readonly grantedBy: string;
  readonly grantedAt: Date;
  /** `null`: until revoked, or until the crisis ends. */
  readonly validTo: Date | null;
  readonly revokedAt: Date | null;
  readonly revokedBy: string | null;
}

/** The crisis rules in force for one service now (CR-7): what the other libraries obey. */
export interface EffectivePolicy {
  readonly serviceId: string | null;
  /** `normal` when no crisis is active. */
  readonly level: string;
  readonly crisisActive: boolean;
  readonly planId: string | null;
  readonly planVersion: number | null;
  /** The mode the level sets; `null`: the level sets none (the service's own mode stands). */
  readonly mode: ServiceMode | null;
  readonly maxGroupSize: number | null;
  readonly groupsClosed: boolean;
  /** `null`: every channel. */
  readonly allowedChannels: readonly ContactChannel[] | null;
  readonly maxPersonsInPremises: number | null;
  readonly inPersonOnlyWhereEssential: boolean;
  readonly dispensingChannels: readonly DispensingChannel[] | null;
  readonly eligibility: readonly EligibilityRule[];
  readonly note: string | null;
  /** The client's exception in force, when a client was named and has one. */
  readonly exception: CrisisException | null;
}

/** What is in force when no crisis is active: nothing changes. */
export function normalPolicy(serviceId: string | null): EffectivePolicy {
  return {
    serviceId,
    level: NORMAL_LEVEL,
    crisisActive: false,
    planId: null,
    planVersion: null,
    mode: null,
    maxGroupSize: null,
    groupsClosed: false,
    allowedChannels: null,
    maxPersonsInPremises: null,
    inPersonOnlyWhereEssential: false,
    dispensingChannels: null,
    eligibility: [],
    note: null,
    exception: null,
  };
}

export function policyFrom(input: {
  serviceId: string | null;
  level: string;
  planId: string;
  planVersion: number;
  rule: ServiceRule | undefined;
  exception: CrisisException | null;
}): EffectivePolicy {
  const { rule } = input;
  return {
    ...normalPolicy(input.serviceId),
    level: input.level,
    crisisActive: input.level !== NORMAL_LEVEL,
    planId: input.planId,
    planVersion: input.planVersion,
    exception: input.exception,
    ...(rule && {
      mode: rule.mode,
      maxGroupSize: rule.maxGroupSize,
      groupsClosed: rule.groupsClosed,
      allowedChannels: rule.allowedChannels,
      maxPersonsInPremises: rule.maxPersonsInPremises,
      inPersonOnlyWhereEssential: rule.inPersonOnlyWhereEssential,
      dispensingChannels: rule.dispensingChannels,
      eligibility: rule.eligibility,
      note: rule.note,
    }),
  };
}

export function exceptionInForce(exception: CrisisException, at: Date): boolean {
  return (
    exception.revokedAt === null &&
    exception.grantedAt.getTime() <= at.getTime() &&
    (exception.validTo === null || at.getTime() < exception.validTo.getTime())
  );
}
