import { notFound, osloDate, staleVersion } from '@lavterskel/kernel';
import type { ClientsDependencies } from '../clients-dependencies';
import { openClientRecord, type ClientRecordRequest } from '../client/open-client-record';
import { Violations } from '../shared/violations';
import { askMemberConsents } from './ask-member-consents';
import { keepMembersOfMinutes } from './meeting-rules';
import type { ResponsibilityGroup } from './responsibility-group';
import {
  validateResponsibilityGroup,
  type ResponsibilityGroupEntry,
} from './responsibility-group-rules';

type Dependencies = Pick<
  ClientsDependencies,
  | 'clients'
  | 'responsibilityGroups'
  | 'relatives'
  | 'externalSharing'
  | 'careRelations'
  | 'unitOfWork'
  | 'audit'
  | 'clock'
>;

/**
 * Replaces the group's members and categories under optimistic concurrency. Members are named
 * by id; one left out is removed (set `validTo` to keep the history of who was in the group),
 * unless a held meeting's minutes name them.
 * Every external member still in the group is asked about anew.
 */
export class ReplaceResponsibilityGroup {
  constructor(private readonly deps: Dependencies) {}

  async execute(
    input: ClientRecordRequest & ResponsibilityGroupEntry & { expectedVersion: number },
  ): Promise<ResponsibilityGroup> {
    return this.deps.unitOfWork.run(async () => {
      const client = await openClientRecord(input, this.deps);
      const tenantId = input.actor.tenantId;
      const current = await this.deps.responsibilityGroups.find(tenantId, client.id, {
        forUpdate: true,
      });
      if (!current) throw notFound('responsibility group');
      if (current.version !== input.expectedVersion) throw staleVersion();
      const now = this.deps.clock.now();
      const violations = new Violations();
      const checked = validateResponsibilityGroup(
        input,
        {
          current: current.members,
          relatives: await this.deps.relatives.listByClient(tenantId, client.id),
          today: osloDate(now),
        },
        violations,
      );
      keepMembersOfMinutes(
        checked.members,
        await this.deps.responsibilityGroups.listMeetings(tenantId, client.id),
        violations,
      );
      violations.throwIfAny();
      const members = await askMemberConsents(checked.members, {
        actor: input.actor,
        clientId: client.id,
        categories: checked.categories,
        current: current.members,
        at: now,
        sharing: this.deps.externalSharing,
        violations,
      });
      violations.throwIfAny();
      const group = await this.deps.responsibilityGroups.update(
        tenantId,
        {
          ...current,
          categories: checked.categories,
          members,
          updatedBy: input.actor.subject,
          updatedAt: now,
        },
        input.expectedVersion,
      );
      await this.deps.audit.record({
        actor: input.actor,
        action: 'update',
        resourceType: 'responsibility-group',
        resourceId: group.id,
        clientId: client.id,
      });
      return group;
    });
  }
}
