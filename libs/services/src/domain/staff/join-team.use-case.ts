import { newId, notFound, osloDate, type Actor } from '@lavterskel/kernel';
import type { ServicesPorts } from '../services-ports';
import type { IsoDate } from '../shared/calendar';
import { assertValid, calendarDate, unknownReference } from '../shared/validation';
import type { TeamMembership } from './staff-member';

export interface JoinTeamInput {
  actor: Actor;
  staffId: string;
  teamId: string;
  /** Default: today (Oslo). */
  joinedOn?: IsoDate;
}

/** Makes a staff member a member of a team. */
export class JoinTeam {
  constructor(
    private readonly ports: Pick<
      ServicesPorts,
      'staff' | 'teams' | 'audit' | 'unitOfWork' | 'clock'
    >,
  ) {}

  async execute(input: JoinTeamInput): Promise<TeamMembership> {
    const { actor } = input;
    assertValid([calendarDate(input.joinedOn, 'joinedOn')]);
    return this.ports.unitOfWork.run(async () => {
      if (!(await this.ports.staff.findById(actor.tenantId, input.staffId)))
        throw notFound('staff member');
      if (!(await this.ports.teams.findById(actor.tenantId, input.teamId)))
        throw unknownReference('teamId', 'team');
      const membership: TeamMembership = {
        id: newId(),
        tenantId: actor.tenantId,
        teamId: input.teamId,
        staffId: input.staffId,
        joinedOn: input.joinedOn ?? osloDate(this.ports.clock.now()),
        leftOn: null,
      };
      await this.ports.staff.insertMembership(membership);
      await this.ports.audit.record({
        actor,
        action: 'update',
        resourceType: 'staff-member',
        resourceId: input.staffId,
      });
      return membership;
    });
  }
}
