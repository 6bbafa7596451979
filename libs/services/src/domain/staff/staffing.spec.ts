import type { TenantId } from '@lavterskel/kernel';
import type {
  AvailabilityPeriod,
  AvailabilityStatus,
  Competency,
  TeamMembership,
} from './staff-member';
import { availabilityOn, isTrainedFor, validCompetencies } from './staffing';

const tenantId = '4003' as TenantId;
const period = (status: AvailabilityStatus, from: string, to: string): AvailabilityPeriod => ({
  id: `${status}-${from}`,
  tenantId,
  staffId: 's1',
  status,
  from,
  to,
  partnerId: null,
  recordedBy: 'lead',
  recordedAt: new Date(),
});
const competency = (code: string, certifiedOn: string, expiresOn: string | null): Competency => ({
  id: code,
  tenantId,
  staffId: 's1',
  code,
  certifiedOn,
  expiresOn,
  recordedBy: 'lead',
  recordedAt: new Date(),
});
const membership = (teamId: string, joinedOn: string, leftOn: string | null): TeamMembership => ({
  id: teamId,
  tenantId,
  teamId,
  staffId: 's1',
  joinedOn,
  leftOn,
});

describe('availability on a day', () => {
  const rota = [period('on-duty', '2026-11-01', '2026-11-30')];

  it('is available on a rota day, off duty outside it', () => {
    expect(availabilityOn(rota, '2026-11-23')).toBe('available');
    expect(availabilityOn(rota, '2026-12-01')).toBe('off-duty');
  });

  it.each(['sick', 'quarantined', 'lent-to-partner'] as const)(
    'is absent when %s, whatever the rota says',
    (status) => {
      const periods = [...rota, period(status, '2026-11-23', '2026-11-24')];
      expect(availabilityOn(periods, '2026-11-23')).toBe('absent');
      expect(availabilityOn(periods, '2026-11-24')).toBe('absent');
      expect(availabilityOn(periods, '2026-11-25')).toBe('available');
    },
  );
});

describe('trained for a service', () => {
  const lar = { teamId: 'team-lar', requiredCompetencies: ['lar-dispensing'] };

  it('needs every required competency, valid that day', () => {
    const staff = {
      competencies: [competency('lar-dispensing', '2026-01-01', '2026-11-30')],
      memberships: [],
    };
    expect(isTrainedFor(lar, staff, '2026-11-30')).toBe(true);
    expect(isTrainedFor(lar, staff, '2026-12-01')).toBe(false);
    expect(
      isTrainedFor(
        { ...lar, requiredCompetencies: ['lar-dispensing', 'field-nursing'] },
        staff,
        '2026-11-23',
      ),
    ).toBe(false);
  });

  it('counts the service team as trained when the service requires no competency', () => {
    const open = { teamId: 'team-activity', requiredCompetencies: [] };
    const staff = {
      competencies: [],
      memberships: [membership('team-activity', '2026-01-01', '2026-06-30')],
    };
    expect(isTrainedFor(open, staff, '2026-06-30')).toBe(true);
    expect(isTrainedFor(open, staff, '2026-07-01')).toBe(false);
  });

  it('lists only the competencies valid that day', () => {
    const held = validCompetencies(
      [competency('a', '2026-01-01', null), competency('b', '2026-12-01', null)],
      '2026-11-23',
    );
    expect([...held]).toEqual(['a']);
  });
});
