import type { FirstContactFact } from './application.repository';
import { firstContactReport } from './first-contact-report';

const at = (minutes: number) => new Date(Date.UTC(2026, 10, 2, 8, minutes));
const fact = (overrides: Partial<FirstContactFact>): FirstContactFact => ({
  status: 'converted',
  urgent: false,
  receivedAt: at(0),
  firstContactAt: null,
  ...overrides,
});

describe('firstContactReport (CL-2)', () => {
  it('counts applications by outcome and reports waiting times by nearest rank', () => {
    const facts = [
      ...[10, 20, 30, 40, 50, 60, 70, 80, 90, 600].map((minutes) =>
        fact({ firstContactAt: at(minutes) }),
      ),
      fact({ urgent: true, firstContactAt: at(5) }),
      fact({ status: 'received', urgent: true }),
      fact({ status: 'closed' }),
    ];
    expect(firstContactReport(facts, { from: '2026-11-01', to: '2026-11-30' })).toEqual({
      from: '2026-11-01',
      to: '2026-11-30',
      received: 13,
      urgent: 2,
      open: 1,
      converted: 11,
      closed: 1,
      timeToFirstContact: { count: 11, medianMinutes: 50, p90Minutes: 90, maxMinutes: 600 },
      urgentTimeToFirstContact: { count: 1, medianMinutes: 5, p90Minutes: 5, maxMinutes: 5 },
    });
  });

  it('has no waiting times before anyone is reached', () => {
    expect(
      firstContactReport([fact({ status: 'received' })], { from: '2026-11-01', to: '2026-11-01' }),
    ).toMatchObject({
      received: 1,
      timeToFirstContact: null,
      urgentTimeToFirstContact: null,
    });
  });
});
