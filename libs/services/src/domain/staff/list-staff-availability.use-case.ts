import type { Actor } from '@lavterskel/kernel';
import type { ServicesPorts } from '../services-ports';
import { withinPeriod, type IsoDate } from '../shared/calendar';
import { assertValid, calendarDate, violation } from '../shared/validation';
import type { StaffRepository } from './staff.repository';
import { availabilityOn, validCompetencies } from './staffing';

/** A staff member rostered on a day, and whether they can work then. */
export interface StaffOnDay {
  staffId: string;
  /** The token subject, when they log in. */
  subject: string | null;
  name: string;
  /** `available`: on duty; `absent`: sick, quarantined or lent to a partner. */
  availability: 'available' | 'absent';
  /** The teams they belong to that day. */
  teamIds: string[];
  /** The competencies valid that day, sorted. */
  competencies: string[];
}

/**
 * Everyone with an availability period covering day D, for the whole municipality at once
 * (crisis mode's staffing report, CR-5; who is away, CL-4): a fixed set of queries, no loop
 * per service or per person. Ordered by name. Audited as one search.
 */
export class ListStaffAvailability {
  constructor(
    private readonly ports: Pick<ServicesPorts, 'audit' | 'unitOfWork'> & {
      staff: Pick<StaffRepository, 'profilesOnDuty'>;
    },
  ) {}

  async execute(input: { actor: Actor; date: IsoDate; purpose?: string }): Promise<StaffOnDay[]> {
    const { actor, date } = input;
    assertValid([
      calendarDate(date, 'date') ||
        (date === undefined && violation('date', 'required', 'must be a date YYYY-MM-DD')),
    ]);
    return this.ports.unitOfWork.run(async () => {
      const profiles = await this.ports.staff.profilesOnDuty(actor.tenantId, date);
      await this.ports.audit.record({
        actor,
        action: 'search',
        resourceType: 'staff-availability',
        reason: input.purpose ?? `staff on ${date}`,
      });
      return profiles
        .flatMap((profile): StaffOnDay[] => {
          const availability = availabilityOn(profile.availability, date);
          if (availability === 'off-duty') return [];
          return [
            {
              staffId: profile.member.id,
              subject: profile.member.subject,
              name: profile.member.name,
              availability,
              teamIds: [
                ...new Set(
                  profile.memberships
                    .filter((m) => withinPeriod(date, m.joinedOn, m.leftOn))
                    .map((m) => m.teamId),
                ),
              ].sort(),
              competencies: [...validCompetencies(profile.competencies, date)].sort(),
            },
          ];
        })
        .sort((a, b) => a.name.localeCompare(b.name, 'nb') || a.staffId.localeCompare(b.staffId));
    });
  }
}
