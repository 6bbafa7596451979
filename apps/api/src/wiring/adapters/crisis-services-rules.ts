import type { PolicyAction } from '@lavterskel/crisis-mode';
import type {
  ServiceActivity,
  ServiceActivityRequest,
  ServiceActivityVerdict,
  ServicesCrisisRules,
} from '@lavterskel/services';
import type { CrisisPolicy } from '../crisis-policy.provider';
import { libraryVerdict } from './crisis-verdict';

/** The services library's activities in the words of a crisis plan. */
export function policyActionOf(activity: ServiceActivity): PolicyAction {
  switch (activity.kind) {
    case 'enrolment':
      return { kind: 'enrol' };
    case 'health-measure':
      return { kind: 'health-measure', measure: activity.code, requester: activity.requestedBy };
    case 'dispensing':
      return { kind: 'dispensing', channel: activity.channel };
  }
}

/**
 * CR-7 for the services library: enrolment in a closed service, a restricted health measure
 * for a requester the level does not name, a dispensing channel the level does not allow.
 */
export class CrisisServicesRules implements ServicesCrisisRules {
  constructor(private readonly policy: CrisisPolicy) {}

  async check(request: ServiceActivityRequest): Promise<ServiceActivityVerdict> {
    return libraryVerdict(
      await this.policy.check({
        actor: request.actor,
        serviceId: request.serviceId,
        clientId: request.clientId,
        action: policyActionOf(request.activity),
      }),
    );
  }
}
