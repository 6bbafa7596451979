import { type Actor, daysBetween, notFound } from '@lavterskel/kernel';
import type { ServicesPorts } from '../services-ports';
import { type IsoDate } from '../shared/calendar';
import { assertValid, calendarDate, violation } from '../shared/validation';
import { MAX_VISIT_WINDOW_DAYS, visitsBetween, type PlaceVisit } from './outreach-place';

/** When the team is at a fixed place between two days: its weekly slots as dated visits. */
export class ListPlaceVisits {
  constructor(private readonly ports: Pick<ServicesPorts, 'outreach'>) {}

  async execute(input: {
    actor: Actor;
    placeId: string;
    from: IsoDate;
    to: IsoDate;
  }): Promise<PlaceVisit[]> {
    assertValid([
      calendarDate(input.from, 'from'),
      calendarDate(input.to, 'to'),
      input.to < input.from && violation('to', 'not-before-from', 'must not be before from'),
      input.to >= input.from &&
        daysBetween(input.from, input.to) > MAX_VISIT_WINDOW_DAYS &&
        violation('to', 'max-range', `must be at most ${MAX_VISIT_WINDOW_DAYS} days after from`),
    ]);
    const place = await this.ports.outreach.findPlace(input.actor.tenantId, input.placeId);
    if (!place) throw notFound('outreach place');
    return visitsBetween(place, input.from, input.to);
  }
}
