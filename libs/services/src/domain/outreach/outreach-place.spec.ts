import fc from 'fast-check';
import { outreachPlaceViolations, visitsBetween } from './outreach-place';
import { addDays, isoWeekday } from '@lavterskel/kernel';

const station = {
  id: 'station',
  schedule: [
    { weekday: 2, opens: '20:00', closes: '22:00' },
    { weekday: 5, opens: '13:00', closes: '15:00' },
    { weekday: 5, opens: '09:00', closes: '10:00' },
  ],
  activeFrom: '2026-11-01',
  activeTo: '2026-12-31',
};

describe('visits at a fixed place', () => {
  it('expands the weekly slots into dated visits, in order', () => {
    expect(visitsBetween(station, '2026-11-23', '2026-11-29')).toEqual([
      { placeId: 'station', date: '2026-11-24', start: '20:00', end: '22:00' },
      { placeId: 'station', date: '2026-11-27', start: '09:00', end: '10:00' },
      { placeId: 'station', date: '2026-11-27', start: '13:00', end: '15:00' },
    ]);
  });

  it('gives no visits outside the active period', () => {
    expect(visitsBetween(station, '2027-01-01', '2027-01-31')).toEqual([]);
    expect(visitsBetween(station, '2026-10-25', '2026-11-02')).toEqual([]);
  });

  it('gives every visit on its weekday, one per slot and week, for any window', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 30 }),
        (offset, length) => {
          const from = addDays('2026-11-01', offset);
          const visits = visitsBetween({ ...station, activeTo: null }, from, addDays(from, length));
          const weekdays = visits.map((visit) => isoWeekday(visit.date));
          return (
            weekdays.every((day) => day === 2 || day === 5) && visits.every((v) => v.date >= from)
          );
        },
      ),
    );
  });

  it('needs a name, a slot and an end after the start', () => {
    expect(
      outreachPlaceViolations({
        name: '',
        schedule: [],
        activeFrom: '2026-11-02',
        activeTo: '2026-11-01',
      }),
    ).toEqual([
      expect.objectContaining({ field: 'name', rule: 'not-blank' }),
      expect.objectContaining({ field: 'schedule', rule: 'not-empty' }),
      expect.objectContaining({ field: 'activeTo', rule: 'not-before-active-from' }),
    ]);
  });
});
