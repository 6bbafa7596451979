import { notFound, osloDate, type Actor } from '@lavterskel/kernel';
import type { ServicesPorts } from '../services-ports';
import type { IsoDate } from '../shared/calendar';
import { ServicesError, ServicesErrorCode } from '../services-error';
import { assertValid, calendarDate, violation } from '../shared/validation';
import type { TeamMembership } from './staff-member';

export interface LeaveTeamInput {
  actor: Actor;
  staffId: string;
  membershipId: string;
  /** The last day in the team; default: today (Oslo). */
  leftOn?: IsoDate;
}

/** Ends a team membership; the membership is kept as history. */
export class LeaveTeam {
  constructor(
    private readonly ports: Pick<ServicesPorts, 'staff' | 'audit' | 'unitOfWork' | 'clock'>,
  ) {}

  async execute(input: LeaveTeamInput): Promise<TeamMembership> {
    const { actor } = input;
    assertValid([calendarDate(input.leftOn, 'leftOn')]);
    return this.ports.unitOfWork.run(async () => {
      const current = await this.ports.staff.findMembership(
        actor.tenantId,
        input.staffId,
        input.membershipId,
      );
      if (!current) throw notFound('team membership');
      const leftOn = input.leftOn ?? osloDate(this.ports.clock.now());
      assertValid([
        leftOn < current.joinedOn &&
          violation('leftOn', 'not-before-joined', 'must not be before joinedOn'),
      ]);
      const ended: TeamMembership = { ...current, leftOn };
      if (current.leftOn !== null || !(await this.ports.staff.endMembership(ended))) {
        throw new ServicesError(
          ServicesErrorCode.InvalidStateTransition,
          'This membership has already ended.',
        );
      }
      await this.ports.audit.record({
        actor,
        action: 'update',
        resourceType: 'staff-member',
        resourceId: input.staffId,
      });
      return ended;
    });
  }
}
