import { daysBetween, isCalendarDay, isUuid, notFound, osloDate } from '@lavterskel/kernel';
import type { ClientsDependencies } from '../clients-dependencies';
import { openClientRecord, type ClientRecordRequest } from '../client/open-client-record';
import { earlierDate } from '../shared/calendar-day';
import { Violations } from '../shared/violations';
import { vedtakUsage, type VedtakUsage } from './vedtak-usage';

/** A report covers at most 53 weeks. */
export const MAX_USAGE_DAYS = 371;

export interface GetVedtakUsageInput extends ClientRecordRequest {
  vedtakId: string;
  /** Default: the first valid day. */
  from?: string;
  /** Default: today, or the last valid day when that is earlier. */
  to?: string;
}

type Dependencies = Pick<
  ClientsDependencies,
  'clients' | 'vedtak' | 'encounters' | 'careRelations' | 'unitOfWork' | 'audit' | 'clock'
>;

/** CL-7: hours used vs granted under one vedtak, week by week. */
export class GetVedtakUsage {
  constructor(private readonly deps: Dependencies) {}

  async execute(input: GetVedtakUsageInput): Promise<VedtakUsage> {
    const violations = new Violations();
    for (const field of ['from', 'to'] as const) {
      const value = input[field];
      if (value !== undefined && !isCalendarDay(value))
        violations.add(field, 'calendar-date', 'must be a real date, YYYY-MM-DD');
    }
    violations.throwIfAny();
    return this.deps.unitOfWork.run(async () => {
      const client = await openClientRecord(input, this.deps);
      const vedtak = isUuid(input.vedtakId)
        ? await this.deps.vedtak.find(input.actor.tenantId, client.id, input.vedtakId)
        : null;
      if (!vedtak) throw notFound('vedtak');
      const today = osloDate(this.deps.clock.now());
      const from = input.from ?? vedtak.validFrom;
      const to = input.to ?? (vedtak.validTo === null ? today : earlierDate(vedtak.validTo, today));
      const span = daysBetween(from, to);
      if (span < 0) violations.add('to', 'not-before-from', 'must not be before from');
      if (span >= MAX_USAGE_DAYS)
        violations.add('to', 'max-range', `must be at most ${MAX_USAGE_DAYS} days after from`);
      violations.throwIfAny();
      const daily = await this.deps.encounters.attendedMinutesByDay({
        tenantId: input.actor.tenantId,
        vedtakId: vedtak.id,
        from,
        to,
      });
      await this.deps.audit.record({
        actor: input.actor,
        action: 'read',
        resourceType: 'vedtak-usage',
        resourceId: vedtak.id,
        clientId: client.id,
      });
      return vedtakUsage({ vedtak, from, to, daily });
    });
  }
}
