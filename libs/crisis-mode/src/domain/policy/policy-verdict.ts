import {
  IN_PERSON_CHANNELS,
  OUTDOOR_CHANNELS,
  type ContactChannel,
  type DispensingChannel,
} from '../shared/vocabulary';
import type { EffectivePolicy } from './effective-policy';

/** What another library is about to do, in the terms the plan speaks. */
export type PolicyAction =
  | { readonly kind: 'enrol' }
  | {
      readonly kind: 'join-group';
      /** Members the cohort or group holds now, before this join. */
      readonly membersNow?: number;
      /** Services the client is enrolled in now (for "residents only"). */
      readonly clientServiceIds?: readonly string[];
    }
  | { readonly kind: 'encounter'; readonly channel: ContactChannel }
  | { readonly kind: 'health-measure'; readonly measure: string; readonly requester: string | null }
  | { readonly kind: 'dispensing'; readonly channel: DispensingChannel };

/** Stable names of the rules a refusal cites. */
export const POLICY_RULES = [
  'service-closed',
  'groups-closed',
  'group-size',
  'group-residents-only',
  'channel-not-allowed',
  'in-person-where-essential',
  'health-measure-requester',
  'dispensing-channel',
] as const;
export type PolicyRule = (typeof POLICY_RULES)[number];

export type PolicyVerdict =
  | { readonly allowed: true; readonly exceptionId: string | null }
  | {
      readonly allowed: false;
      readonly rule: PolicyRule;
      readonly level: string;
      readonly planVersion: number | null;
      readonly message: string;
    };

const allowed: PolicyVerdict = { allowed: true, exceptionId: null };

/**
 * Does the policy in force let this action happen (CR-7)? A recorded individual exception for
 * the client lifts every rule but the group size (a cohort of N never holds N+1).
 */
export function policyVerdict(policy: EffectivePolicy, action: PolicyAction): PolicyVerdict {
  if (!policy.crisisActive) return allowed;
  const refuse = (rule: PolicyRule, message: string): PolicyVerdict => ({
    allowed: false,
    rule,
    level: policy.level,
    planVersion: policy.planVersion,
    message: `${message} (crisis level ${policy.level}${policy.planVersion ? `, plan version ${policy.planVersion}` : ''}).`,
  });
  if (
    action.kind === 'join-group' &&
    policy.maxGroupSize !== null &&
    action.membersNow !== undefined &&
    action.membersNow + 1 > policy.maxGroupSize
  ) {
    return refuse('group-size', `Groups hold at most ${policy.maxGroupSize} members at this level`);
  }
  const refusal = refusalWithoutException(policy, action, refuse);
  if (!refusal) return allowed;
  return policy.exception ? { allowed: true, exceptionId: policy.exception.id } : refusal;
}

function refusalWithoutException(
  policy: EffectivePolicy,
  action: PolicyAction,
  refuse: (rule: PolicyRule, message: string) => PolicyVerdict,
): PolicyVerdict | null {
  const closed = policy.mode === 'closed';
  switch (action.kind) {
    case 'enrol':
      return closed
        ? refuse('service-closed', 'The service is closed and takes no new enrolments')
        : null;
    case 'join-group': {
      if (closed) return refuse('service-closed', 'The service is closed');
      if (policy.groupsClosed) return refuse('groups-closed', "The service's groups are closed");
      const residents = policy.eligibility.find((rule) => rule.kind === 'group-residents-only');
      if (
        residents &&
        !(action.clientServiceIds ?? []).some(
          (id) => id.toLowerCase() === residents.residenceServiceId.toLowerCase(),
        )
      ) {
        return refuse(
          'group-residents-only',
          'Group activity is only for residents of the housing service',
        );
      }
      return null;
    }
    case 'encounter':
      return encounterRefusal(policy, action.channel, refuse);
    case 'health-measure': {
      const rule = policy.eligibility.find(
        (candidate) =>
          candidate.kind === 'health-measure-requesters' && candidate.measure === action.measure,
      );
      if (
        rule?.kind === 'health-measure-requesters' &&
        !(action.requester && rule.requesters.includes(action.requester))
      ) {
        return refuse(
          'health-measure-requester',
          `${action.measure} is only done when ${rule.requesters.join(', ')} asks for it`,
        );
      }
      return null;
    }
    case 'dispensing':
      return policy.dispensingChannels !== null &&
        !policy.dispensingChannels.includes(action.channel)
        ? refuse(
            'dispensing-channel',
            `Dispensing goes only through ${policy.dispensingChannels.join(', ')}`,
          )
        : null;
  }
}

function encounterRefusal(
  policy: EffectivePolicy,
  channel: ContactChannel,
  refuse: (rule: PolicyRule, message: string) => PolicyVerdict,
): PolicyVerdict | null {
  const inPerson = IN_PERSON_CHANNELS.includes(channel);
  if (policy.allowedChannels !== null && !policy.allowedChannels.includes(channel)) {
    return refuse(
      'channel-not-allowed',
      `Contact by ${channel} is not allowed; allowed: ${policy.allowedChannels.join(', ')}`,
    );
  }
  if (inPerson) {
    if (policy.mode === 'closed' || policy.mode === 'remote') {
      return refuse('channel-not-allowed', `The service runs ${policy.mode}: no in-person contact`);
    }
    if (policy.mode === 'outdoor-only' && !OUTDOOR_CHANNELS.includes(channel)) {
      return refuse('channel-not-allowed', 'The service meets clients outdoors only');
    }
    if (policy.inPersonOnlyWhereEssential) {
      return refuse(
        'in-person-where-essential',
        'In-person meetings only where essential: record an individual exception for the client first',
      );
    }
  }
  return null;
}
