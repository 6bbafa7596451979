import { notFound, type Actor } from '@lavterskel/kernel';
import type { ServicesPorts } from '../services-ports';
import type { IsoDate } from '../shared/calendar';
import type { Service } from '../catalogue/service';
import { availabilityOn, isTeamMemberOn, isTrainedFor, validCompetencies } from './staffing';
import { assertValid, calendarDate } from '../shared/validation';

export interface AvailableStaffMember {
  staffId: string;
  name: string;
  /** Works in the team that runs the service; otherwise a trained back-up from elsewhere. */
  memberOfServiceTeam: boolean;
  /** The competencies they hold that day. */
  competencies: string[];
}

export interface ServiceStaffing {
  service: Pick<Service, 'id' | 'name' | 'critical' | 'requiredCompetencies' | 'mode'>;
  date: IsoDate;
  available: AvailableStaffMember[];
}

/**
 * Who is trained and available for service S on day D (SV-2; crisis mode's staffing check,
 * CR-5, uses it). Trained: holds every competency S requires, valid on D (S's own team when
 * it requires none). Available: on duty on D and not sick, quarantined or lent out. Team
 * members first, then back-ups, each by name. Runs in the caller's transaction when there is one.
 */
export class FindAvailableStaff {
  constructor(
    private readonly ports: Pick<ServicesPorts, 'services' | 'staff' | 'audit' | 'unitOfWork'>,
  ) {}

  async execute(input: {
    actor: Actor;
    serviceId: string;
    date: IsoDate;
  }): Promise<ServiceStaffing> {
    const { actor, date } = input;
    assertValid([calendarDate(date, 'date')]);
    return this.ports.unitOfWork.run(async () => {
      const service = await this.ports.services.findById(actor.tenantId, input.serviceId);
      if (!service) throw notFound('service');
      const profiles = await this.ports.staff.profilesOnDuty(actor.tenantId, date);
      const available = profiles
        .filter(
          (profile) =>
            availabilityOn(profile.availability, date) === 'available' &&
            isTrainedFor(service, profile, date),
        )
        .map((profile) => ({
          staffId: profile.member.id,
          name: profile.member.name,
          memberOfServiceTeam: isTeamMemberOn(profile.memberships, service.teamId, date),
          competencies: [...validCompetencies(profile.competencies, date)].sort(),
        }))
        .sort(
          (a, b) =>
            Number(b.memberOfServiceTeam) - Number(a.memberOfServiceTeam) ||
            a.name.localeCompare(b.name, 'nb'),
        );
      await this.ports.audit.record({
        actor,
        action: 'search',
        resourceType: 'staff-availability',
        resourceId: service.id,
        reason: `staffing on ${date}`,
      });
      const { id, name, critical, requiredCompetencies, mode } = service;
      return { service: { id, name, critical, requiredCompetencies, mode }, date, available };
    });
  }
}
