import type { AvailableStaff, StaffRoster } from '@lavterskel/crisis-mode';
import type { Actor } from '@lavterskel/kernel';
import type { ListStaffAvailability } from '@lavterskel/services';

/** Crisis mode's staffing view (SV-2, CR-5): the whole municipality's roster for a day in one call. */
export class ServicesStaffRoster implements StaffRoster {
  constructor(private readonly staffAvailability: ListStaffAvailability) {}

  async availableOn(actor: Actor, on: string): Promise<AvailableStaff[]> {
    const staff = await this.staffAvailability.execute({
      actor,
      date: on,
      purpose: 'crisis mode: staffing of critical services',
    });
    return staff
      .filter((member) => member.availability === 'available')
      .map(({ staffId, subject, name, teamIds, competencies }) => ({
        staffId,
        subject,
        name,
        teamIds,
        competencies,
      }));
  }

  async absentAmong(
    actor: Actor,
    input: { subjects: readonly string[]; on: string },
  ): Promise<Set<string>> {
    if (input.subjects.length === 0) return new Set();
    const wanted = new Set(input.subjects);
    const staff = await this.staffAvailability.execute({
      actor,
      date: input.on,
      purpose: 'crisis mode: who is away',
    });
    return new Set(
      staff.flatMap((member) =>
        member.availability === 'absent' && member.subject !== null && wanted.has(member.subject)
          ? [member.subject]
          : [],
      ),
    );
  }
}
