import { openingHoursViolations } from './opening-hours';

describe('opening hours', () => {
  it('accepts split days and different weekdays', () => {
    expect(
      openingHoursViolations([
        { weekday: 1, opens: '08:00', closes: '11:00' },
        { weekday: 1, opens: '12:00', closes: '15:30' },
        { weekday: 7, opens: '10:00', closes: '14:00' },
      ]),
    ).toEqual([]);
  });

  it('names each broken rule with its field', () => {
    expect(
      openingHoursViolations([
        { weekday: 8, opens: '8:00', closes: '11:00' },
        { weekday: 2, opens: '12:00', closes: '12:00' },
        { weekday: 3, opens: '09:00', closes: '12:00' },
        { weekday: 3, opens: '11:00', closes: '13:00' },
      ]),
    ).toEqual([
      expect.objectContaining({ field: 'openingHours[0].weekday', rule: 'iso-weekday' }),
      expect.objectContaining({ field: 'openingHours[0].opens', rule: 'clock-time' }),
      expect.objectContaining({ field: 'openingHours[1].closes', rule: 'after-opens' }),
      expect.objectContaining({ field: 'openingHours[3]', rule: 'no-overlap' }),
    ]);
  });
});
