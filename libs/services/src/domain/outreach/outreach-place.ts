import type { FieldViolation, TenantId } from '@lavterskel/kernel';
import { withinPeriod, type IsoDate } from '../shared/calendar';
import { calendarDate, notBlank, violation } from '../shared/validation';
import { openingHoursViolations, type OpeningHours } from '../catalogue/opening-hours';
import { addDays, daysBetween, isoWeekday } from '@lavterskel/kernel';

/** A fixed place the outreach team visits at fixed times every week (SV-6), e.g. the station square on Tuesdays 20–22. */
export interface OutreachPlace {
  id: string;
  tenantId: TenantId;
  serviceId: string;
  name: string;
  description: string | null;
  /** Weekly slots in Oslo local time. */
  schedule: OpeningHours[];
  activeFrom: IsoDate;
  activeTo: IsoDate | null;
  createdAt: Date;
}

/** One visit at a fixed place: a day and Oslo local times. */
export interface PlaceVisit {
  placeId: string;
  date: IsoDate;
  start: string;
  end: string;
}

/** A schedule window of at most 93 days keeps the expansion small. */
export const MAX_VISIT_WINDOW_DAYS = 93;

export function outreachPlaceViolations(
  place: Pick<OutreachPlace, 'name' | 'schedule' | 'activeFrom' | 'activeTo'>,
): FieldViolation[] {
  return [
    notBlank(place.name, 'name'),
    place.schedule.length === 0 &&
      violation('schedule', 'not-empty', 'must have at least one weekly slot'),
    ...openingHoursViolations(place.schedule, 'schedule'),
    calendarDate(place.activeFrom, 'activeFrom'),
    calendarDate(place.activeTo, 'activeTo'),
    place.activeTo !== null &&
      place.activeTo < place.activeFrom &&
      violation('activeTo', 'not-before-active-from', 'must not be before activeFrom'),
  ].filter((check): check is FieldViolation => Boolean(check));
}

/** The visits of a place from `from` to `to` (inclusive), in date and time order. */
export function visitsBetween(
  place: Pick<OutreachPlace, 'id' | 'schedule' | 'activeFrom' | 'activeTo'>,
  from: IsoDate,
  to: IsoDate,
): PlaceVisit[] {
  const visits: PlaceVisit[] = [];
  for (let n = 0; n <= daysBetween(from, to); n += 1) {
    const date = addDays(from, n);
    if (!withinPeriod(date, place.activeFrom, place.activeTo)) continue;
    const weekday = isoWeekday(date);
    place.schedule
      .filter((slot) => slot.weekday === weekday)
      .sort((a, b) => a.opens.localeCompare(b.opens))
      .forEach((slot) =>
        visits.push({ placeId: place.id, date, start: slot.opens, end: slot.closes }),
      );
  }
  return visits;
}
