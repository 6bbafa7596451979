import { newId, notFound, parseUuid, type Actor } from '@lavterskel/kernel';
import { dateRangeViolations } from './calendar';
import { assertValid } from './groups-error';
import { AuditResource, type GroupsPorts } from './ports';
import { MAX_SESSION_RANGE_DAYS, planSessions } from './session';

export interface GenerateSessionsInput {
  actor: Actor;
  groupId: string;
  /** First Oslo date, `YYYY-MM-DD`. */
  from: string;
  /** Last Oslo date, included. */
  to: string;
}

export interface GeneratedSessions {
  /** Sessions the schedule gives in the range. */
  planned: number;
  /** Of those, the ones that did not exist yet. */
  created: number;
}

/** GR-1: sessions for every meeting cohort on the dates its slot falls on; existing ones are kept. */
export class GenerateSessionsUseCase {
  constructor(
    private readonly ports: Pick<
      GroupsPorts,
      'unitOfWork' | 'audit' | 'clock' | 'rosters' | 'sessions'
    >,
  ) {}

  async execute(input: GenerateSessionsInput): Promise<GeneratedSessions> {
    const groupId = parseUuid(input.groupId, 'groupId');
    assertValid(dateRangeViolations(input, MAX_SESSION_RANGE_DAYS));
    return this.ports.unitOfWork.run(async () => {
      const roster = await this.ports.rosters.read(input.actor.tenantId, groupId);
      if (!roster) throw notFound('group');
      const sessions = planSessions(roster, {
        from: input.from,
        to: input.to,
        now: this.ports.clock.now(),
        newId,
      });
      const created = await this.ports.sessions.insertMissing(sessions);
      await this.ports.audit.record({
        actor: input.actor,
        action: 'create',
        resourceType: AuditResource.session,
        resourceId: groupId,
        reason: `sessions ${input.from}..${input.to}`,
      });
      return { planned: sessions.length, created };
    });
  }
}
