import { isCalendarDay, osloDate, type Actor } from '@lavterskel/kernel';
import type { CrisisModePorts } from '../crisis-mode-ports';
import { reportBasis, type ReportBasis, type ReportLevelQuery } from '../reports/report-basis';
import { assertValid, violation } from '../shared/violations';
import { staffingLines, type ServiceStaffing } from './staffing-lines';

export interface GetStaffingReportInput extends ReportLevelQuery {
  actor: Actor;
  /** Oslo day; today when left out. */
  on?: string;
}

export interface StaffingReport {
  readonly on: string;
  readonly basis: ReportBasis;
  readonly services: readonly ServiceStaffing[];
  /** Staff missing over every line of every critical service. */
  readonly totalGap: number;
  readonly servicesWithGaps: number;
}

/**
 * CR-5 for the whole municipality in one report: every critical service's trained and
 * available staff per competency on a day, against the minimum of the level in force (or
 * previewed), with the gaps and who could fill them. Three reads whatever the size: the
 * catalogue, the roster's available staff that day, and the back-up assignments covering it.
 * Audited as one search (staff availability is personal data).
 */
export class GetStaffingReport {
  constructor(
    private readonly ports: Pick<
      CrisisModePorts,
      'state' | 'plans' | 'catalogue' | 'staff' | 'backups' | 'audit' | 'clock' | 'unitOfWork'
    >,
  ) {}

  async execute(input: GetStaffingReportInput): Promise<StaffingReport> {
    const { actor } = input;
    assertValid([
      input.on !== undefined &&
        !isCalendarDay(input.on) &&
        violation('on', 'date', 'must be a date YYYY-MM-DD'),
    ]);
    const on = input.on ?? osloDate(this.ports.clock.now());
    return this.ports.unitOfWork.run(async () => {
      const basis = await reportBasis(this.ports, actor.tenantId, input);
      const services = await this.ports.catalogue.list(actor);
      const critical = services.filter((service) => service.critical);
      const [staff, backups] =
        critical.length === 0
          ? [[], []]
          : await Promise.all([
              this.ports.staff.availableOn(actor, on),
              this.ports.backups.coveringDay(actor.tenantId, on),
            ]);
      const lines = staffingLines({ services: critical, staff, backups, level: basis.rules, on });
      await this.ports.audit.record({
        actor,
        action: 'search',
        resourceType: 'crisis-staffing',
        reason: `staffing of critical services on ${on} at level ${basis.level}${basis.preview ? ' (preview)' : ''}`,
      });
      return {
        on,
        basis,
        services: lines,
        totalGap: lines.reduce((sum, service) => sum + service.gap, 0),
        servicesWithGaps: lines.filter((service) => service.gap > 0).length,
      };
    });
  }
}
