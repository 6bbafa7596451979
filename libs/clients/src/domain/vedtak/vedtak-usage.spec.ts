import fc from 'fast-check';
import type { Vedtak } from './vedtak';
import { vedtakUsage } from './vedtak-usage';

const vedtak: Vedtak = {
  id: 'v-1',
  clientId: 'c-1',
  reference: '2026/1234',
  service: 'Ambulant oppfølging i hjemmet',
  hoursPerWeek: 7,
  decidedOn: '2026-10-28',
  validFrom: '2026-11-05', // a Thursday
  validTo: '2026-11-22', // a Sunday
  recordedBy: 'nurse-anne',
  recordedAt: new Date('2026-10-28T10:00:00Z'),
};

describe('vedtakUsage (CL-7)', () => {
  it('prorates the first week, counts used hours per week, and stops at the validity', () => {
    const usage = vedtakUsage({
      vedtak,
      from: '2026-11-01',
      to: '2026-11-30',
      daily: [
        { date: '2026-11-05', minutes: 90 },
        { date: '2026-11-10', minutes: 120 },
        { date: '2026-11-12', minutes: 45 },
        { date: '2026-11-21', minutes: 30 },
      ],
    });
    expect(usage).toEqual({
      vedtakId: 'v-1',
      from: '2026-11-05',
      to: '2026-11-22',
      weeks: [
        { weekStart: '2026-11-02', grantedHours: 4, usedHours: 1.5 },
        { weekStart: '2026-11-09', grantedHours: 7, usedHours: 2.75 },
        { weekStart: '2026-11-16', grantedHours: 7, usedHours: 0.5 },
      ],
      grantedHours: 18,
      usedHours: 4.75,
    });
  });

  it('has no weeks for a period outside the validity', () => {
    expect(vedtakUsage({ vedtak, from: '2026-12-01', to: '2026-12-31', daily: [] })).toMatchObject({
      weeks: [],
      grantedHours: 0,
    });
  });

  it('grants the weekly hours times the days counted over seven, and uses exactly the minutes logged inside the period', () => {
    const day = fc
      .integer({ min: 0, max: 120 })
      .map((offset) => new Date(Date.UTC(2026, 0, 1 + offset)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        day,
        day,
        fc.array(fc.record({ date: day, minutes: fc.integer({ min: 1, max: 300 }) })),
        (a, b, entries) => {
          const [from, to] = a <= b ? [a, b] : [b, a];
          const open: Vedtak = {
            ...vedtak,
            hoursPerWeek: 3.5,
            validFrom: '2026-01-01',
            validTo: null,
          };
          const usage = vedtakUsage({ vedtak: open, from, to, daily: entries });
          const days = (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;
          const minutes = entries
            .filter((entry) => entry.date >= from && entry.date <= to)
            .reduce((sum, entry) => sum + entry.minutes, 0);
          expect(usage.grantedHours).toBeCloseTo((3.5 * days) / 7, 1);
          expect(usage.usedHours).toBeCloseTo(minutes / 60, 1);
          expect(
            usage.weeks.every((week) => new Date(`${week.weekStart}T00:00:00Z`).getUTCDay() === 1),
          ).toBe(true);
        },
      ),
    );
  });
});
