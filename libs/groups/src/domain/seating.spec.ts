import { KernelErrorCode } from '@lavterskel/kernel';
import { GroupsErrorCode } from './groups-error';
import { activeMembers } from './roster';
import { joinRoster, leaveRoster, promoteWaitlisted } from './seating';
import { RosterBuilder } from './testing/roster-builder';

const monday10 = { weekday: 'monday', startTime: '10:00' } as const;
const monday14 = { weekday: 'monday', startTime: '14:00' } as const;
const now = new Date('2026-11-23T08:00:00Z');
const join = (overrides: Partial<Parameters<typeof joinRoster>[1]> = {}) => ({
  membershipId: 'new',
  clientId: 'c-new',
  waitlistIfFull: false,
  now,
  ...overrides,
});

describe('joinRoster (GR-2, GR-5)', () => {
  const roster = RosterBuilder.create({
    cohorts: [
      { id: 'early', slot: monday10, maxSize: 3, members: ['a', 'b'] },
      { id: 'late', slot: monday14, maxSize: 3, members: ['c'] },
    ],
  });

  it('seats a client in the roomiest cohort, or in the preferred slot when it has a seat', () => {
    expect(joinRoster(roster, join()).membership).toMatchObject({
      status: 'active',
      cohortId: 'late',
      version: 1,
    });
    expect(joinRoster(roster, join({ preferredSlot: monday10 })).membership).toMatchObject({
      cohortId: 'early',
      preferredSlot: monday10,
    });
  });

  it('seats a client in the chosen cohort, and refuses it when full unless they will wait', () => {
    const full = joinRoster(
      roster,
      join({ cohortId: 'early', clientId: 'c-x', membershipId: 'x' }),
    ).roster;
    expect(activeMembers(full, 'early')).toHaveLength(3);
    expect(() => joinRoster(full, join({ cohortId: 'early' }))).toThrow(
      expect.objectContaining({ code: GroupsErrorCode.CohortFull }),
    );
    expect(
      joinRoster(full, join({ cohortId: 'early', waitlistIfFull: true })).membership,
    ).toMatchObject({
      status: 'waitlisted',
      cohortId: null,
      preferredSlot: monday10,
      waitlistedAt: now,
    });
  });

  it('refuses when the group is at capacity even if a cohort has a seat', () => {
    const atCapacity = RosterBuilder.create({
      capacity: 3,
      cohorts: roster.cohorts.map((cohort) => ({ ...cohort, members: [] })),
    });
    const filled = ['x', 'y', 'z'].reduce(
      (current, id) => joinRoster(current, join({ membershipId: id, clientId: `c-${id}` })).roster,
      atCapacity,
    );
    expect(() => joinRoster(filled, join({ cohortId: 'late' }))).toThrow(
      expect.objectContaining({ code: GroupsErrorCode.GroupFull }),
    );
  });

  it('refuses a client twice, an unknown cohort and a slot outside the schedule', () => {
    expect(() => joinRoster(roster, join({ clientId: 'c-a' }))).toThrow(
      expect.objectContaining({
        code: GroupsErrorCode.AlreadyMember,
        violations: [expect.objectContaining({ field: 'clientId' })],
      }),
    );
    expect(() => joinRoster(roster, join({ cohortId: 'nope' }))).toThrow(
      expect.objectContaining({ code: KernelErrorCode.NotFound }),
    );
    expect(() =>
      joinRoster(roster, join({ preferredSlot: { weekday: 'sunday', startTime: '10:00' } })),
    ).toThrow(
      expect.objectContaining({
        code: GroupsErrorCode.SlotNotInSchedule,
        violations: [expect.objectContaining({ field: 'preferredSlot' })],
      }),
    );
  });
});

describe('leaving and the waitlist', () => {
  const full = RosterBuilder.create({
    cohorts: [
      { id: 'early', slot: monday10, maxSize: 2, members: ['a', 'b'] },
      { id: 'late', slot: monday14, maxSize: 1, members: ['c'] },
    ],
    waitlisted: ['w1', 'w2'],
  });

  it('gives a freed seat to the first waiting member, first come first served', () => {
    const left = leaveRoster(full, { clientId: 'c-a', expectedVersion: 1, now });
    expect(left.membership).toMatchObject({ status: 'left', cohortId: null, leftAt: now });
    expect(left.promoted).toEqual([
      expect.objectContaining({
        id: 'w1',
        status: 'active',
        cohortId: 'early',
        waitlistedAt: null,
      }),
    ]);
  });

  it('refuses a stale version (412) and a client who is not a member (404)', () => {
    expect(() => leaveRoster(full, { clientId: 'c-a', expectedVersion: 7, now })).toThrow(
      expect.objectContaining({ code: KernelErrorCode.ConcurrentModification }),
    );
    expect(() => leaveRoster(full, { clientId: 'c-zz', expectedVersion: 1, now })).toThrow(
      expect.objectContaining({ code: KernelErrorCode.NotFound }),
    );
  });

  it('promotes nobody while every cohort is full', () => {
    expect(promoteWaitlisted(full).promoted).toEqual([]);
  });
});
