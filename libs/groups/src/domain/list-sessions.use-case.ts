import { notFound, parseUuid, type Actor, type Page, type PageRequest } from '@lavterskel/kernel';
import { dateRangeViolations } from './calendar';
import { assertValid } from './groups-error';
import { AuditResource, type GroupsPorts } from './ports';
import type { Session } from './session';

export interface ListSessionsInput extends PageRequest {
  actor: Actor;
  groupId: string;
  from: string;
  to: string;
  cohortId?: string;
}

/** Lists are bounded: a year of sessions at a time. */
export const MAX_SESSION_LIST_DAYS = 366;

/** A group's sessions between two Oslo dates, by date and time. */
export class ListSessionsUseCase {
  constructor(
    private readonly ports: Pick<GroupsPorts, 'unitOfWork' | 'audit' | 'groups' | 'sessions'>,
  ) {}

  async execute(input: ListSessionsInput): Promise<Page<Session>> {
    const groupId = parseUuid(input.groupId, 'groupId');
    const cohortId =
      input.cohortId === undefined ? undefined : parseUuid(input.cohortId, 'cohortId');
    assertValid(dateRangeViolations(input, MAX_SESSION_LIST_DAYS));
    return this.ports.unitOfWork.run(async () => {
      if (!(await this.ports.groups.find(input.actor.tenantId, groupId))) throw notFound('group');
      const page = await this.ports.sessions.list({
        tenantId: input.actor.tenantId,
        groupId,
        cohortId,
        from: input.from,
        to: input.to,
        limit: input.limit,
        cursor: input.cursor,
      });
      await this.ports.audit.record({
        actor: input.actor,
        action: 'search',
        resourceType: AuditResource.session,
        resourceId: groupId,
      });
      return page;
    });
  }
}
