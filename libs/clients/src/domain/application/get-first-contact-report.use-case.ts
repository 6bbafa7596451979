import type { Actor } from '@lavterskel/kernel';
import type { ClientsDependencies } from '../clients-dependencies';
import { Violations } from '../shared/violations';
import { firstContactReport, type FirstContactReport } from './first-contact-report';
import { daysBetween, isCalendarDay } from '@lavterskel/kernel';

export const MAX_REPORT_DAYS = 366;

type Dependencies = Pick<ClientsDependencies, 'applications' | 'unitOfWork' | 'audit'>;

/** CL-2: time from application to first contact for applications received from `from` to `to` (Oslo days). */
export class GetFirstContactReport {
  constructor(private readonly deps: Dependencies) {}

  async execute(input: { actor: Actor; from: string; to: string }): Promise<FirstContactReport> {
    const violations = new Violations();
    if (!isCalendarDay(input.from))
      violations.add('from', 'calendar-date', 'must be a real date, YYYY-MM-DD');
    if (!isCalendarDay(input.to))
      violations.add('to', 'calendar-date', 'must be a real date, YYYY-MM-DD');
    violations.throwIfAny();
    const days = daysBetween(input.from, input.to);
    if (days < 0) violations.add('to', 'not-before-from', 'must not be before from');
    if (days >= MAX_REPORT_DAYS)
      violations.add('to', 'max-range', `must be at most ${MAX_REPORT_DAYS} days after from`);
    violations.throwIfAny();

    return this.deps.unitOfWork.run(async () => {
      const facts = await this.deps.applications.firstContactFacts(
        input.actor.tenantId,
        input.from,
        input.to,
      );
      await this.deps.audit.record({
        actor: input.actor,
        action: 'read',
        resourceType: 'first-contact-report',
      });
      return firstContactReport(facts, input);
    });
  }
}
