import { osloDate, type Actor, type Clock } from '@lavterskel/kernel';
import { policyVerdict } from '@lavterskel/crisis-mode';
import type { GroupCrisisRules, GroupJoinCheck, GroupJoinVerdict } from '@lavterskel/groups';
import { isActiveOn, type EnrolmentRepository } from '@lavterskel/services';
import type { CrisisPolicy } from '../crisis-policy.provider';
import { libraryVerdict } from './crisis-verdict';

/**
 * CR-7 for the groups library: closed groups, the level's group size for the cohort joined,
 * and groups only for the residents of a housing service. Residency is the services library's
 * enrolment, looked up only when a residents-only rule is in force.
 */
export class CrisisGroupRules implements GroupCrisisRules {
  constructor(
    private readonly policy: CrisisPolicy,
    private readonly enrolments: Pick<EnrolmentRepository, 'listForClient'>,
    private readonly clock: Clock,
  ) {}

  async checkJoin(request: GroupJoinCheck): Promise<GroupJoinVerdict> {
    const { actor, serviceId, clientId } = request;
    const policy = await this.policy.effective({ actor, serviceId, clientId });
    const residentsOnly = policy.eligibility.some((rule) => rule.kind === 'group-residents-only');
    return libraryVerdict(
      policyVerdict(policy, {
        kind: 'join-group',
        membersNow: request.membersNow ?? undefined,
        clientServiceIds: residentsOnly ? await this.servicesOf(actor, clientId) : undefined,
      }),
    );
  }

  /** The services the client is enrolled in today (Oslo). */
  private async servicesOf(actor: Actor, clientId: string): Promise<string[]> {
    const today = osloDate(this.clock.now());
    const serviceIds: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.enrolments.listForClient(actor.tenantId, clientId, {
        limit: 100,
        cursor,
      });
      for (const enrolment of page.items)
        if (isActiveOn(enrolment, today)) serviceIds.push(enrolment.serviceId);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return serviceIds;
  }
}
