import type { Actor } from '@lavterskel/kernel';
import type { ServicesPorts } from '../services-ports';
import { type IsoDate } from '../shared/calendar';
import { assertValid, calendarDate, violation } from '../shared/validation';
import type { DistributionTotal } from './distribution';
import { daysBetween } from '@lavterskel/kernel';

export interface DistributionTotalsInput {
  actor: Actor;
  from: IsoDate;
  to: IsoDate;
  serviceId?: string;
  partnerId?: string;
}

/** Totals over at most about a year, so one query stays a report and not an export. */
export const MAX_TOTALS_DAYS = 371;

/** Totals per item, setting and ISO week (SV-5). Counts only, no personal data: not audited. */
export class DistributionTotals {
  constructor(private readonly ports: Pick<ServicesPorts, 'distributions'>) {}

  async execute({ actor, ...query }: DistributionTotalsInput): Promise<DistributionTotal[]> {
    assertValid([
      calendarDate(query.from, 'from'),
      calendarDate(query.to, 'to'),
      query.to < query.from && violation('to', 'not-before-from', 'must not be before from'),
      query.to >= query.from &&
        daysBetween(query.from, query.to) > MAX_TOTALS_DAYS &&
        violation('to', 'max-range', `must be at most ${MAX_TOTALS_DAYS} days after from`),
    ]);
    return this.ports.distributions.totals({ ...query, tenantId: actor.tenantId });
  }
}
