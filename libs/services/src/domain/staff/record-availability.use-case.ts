import { type Actor, daysBetween, newId, notFound } from '@lavterskel/kernel';
import type { ServicesPorts } from '../services-ports';
import { type IsoDate } from '../shared/calendar';
import { assertValid, calendarDate, unknownReference, violation } from '../shared/validation';
import type { AvailabilityPeriod, AvailabilityStatus } from './staff-member';

export interface RecordAvailabilityInput {
  actor: Actor;
  staffId: string;
  status: AvailabilityStatus;
  from: IsoDate;
  to: IsoDate;
  partnerId: string | null;
}

/** A period is at most a year, so one rota or absence entry stays a readable unit. */
export const MAX_AVAILABILITY_DAYS = 366;

/** Records a period on duty, sick, quarantined or lent to a partner. */
export class RecordAvailability {
  constructor(
    private readonly ports: Pick<
      ServicesPorts,
      'staff' | 'partners' | 'audit' | 'unitOfWork' | 'clock'
    >,
  ) {}

  async execute({ actor, ...input }: RecordAvailabilityInput): Promise<AvailabilityPeriod> {
    assertValid([
      calendarDate(input.from, 'from'),
      calendarDate(input.to, 'to'),
      input.to < input.from && violation('to', 'not-before-from', 'must not be before from'),
      input.to >= input.from &&
        daysBetween(input.from, input.to) >= MAX_AVAILABILITY_DAYS &&
        violation('to', 'max-period', `must be less than ${MAX_AVAILABILITY_DAYS} days after from`),
      input.status === 'lent-to-partner' &&
        input.partnerId === null &&
        violation('partnerId', 'required', 'is required when lent to a partner'),
      input.status !== 'lent-to-partner' &&
        input.partnerId !== null &&
        violation('partnerId', 'only-when-lent', 'is only set when lent to a partner'),
    ]);
    return this.ports.unitOfWork.run(async () => {
      if (!(await this.ports.staff.findById(actor.tenantId, input.staffId)))
        throw notFound('staff member');
      if (
        input.partnerId !== null &&
        !(await this.ports.partners.findById(actor.tenantId, input.partnerId))
      ) {
        throw unknownReference('partnerId', 'partner');
      }
      const period: AvailabilityPeriod = {
        ...input,
        id: newId(),
        tenantId: actor.tenantId,
        recordedBy: actor.subject,
        recordedAt: this.ports.clock.now(),
      };
      await this.ports.staff.insertAvailability(period);
      await this.ports.audit.record({
        actor,
        action: 'update',
        resourceType: 'staff-member',
        resourceId: input.staffId,
      });
      return period;
    });
  }
}
