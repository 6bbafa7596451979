import fc from 'fast-check';
import { rearrangeRoster } from './rearrange-roster';
import { restoreRoster } from './restore-roster';
import { activeCohorts, activeMembers, waitlist, type Roster } from './roster';
import { joinRoster, leaveRoster } from './seating';
import { slot } from './testing/builders';
import { RosterBuilder } from './testing/roster-builder';
import type { TimeSlot } from './schedule';

const monday10: TimeSlot = { weekday: 'monday', startTime: '10:00' };
const SLOTS: TimeSlot[] = [
  monday10,
  { weekday: 'monday', startTime: '14:00' },
  { weekday: 'wednesday', startTime: '18:00' },
];
const now = new Date('2026-11-23T08:00:00Z');

/** Rosters as the library keeps them: cohorts within their slots and sizes, nobody waiting for a free seat. */
const rosters: fc.Arbitrary<Roster> = fc
  .tuple(
    fc.array(fc.integer({ min: 1, max: 3 }), { minLength: SLOTS.length, maxLength: SLOTS.length }),
    fc.array(
      fc.record({
        slot: fc.nat(SLOTS.length - 1),
        maxSize: fc.integer({ min: 1, max: 12 }),
        fill: fc.double({ min: 0, max: 1, noNaN: true }),
      }),
      { maxLength: 6 },
    ),
    fc.array(fc.option(fc.nat(SLOTS.length - 1), { nil: undefined }), {
      minLength: 1,
      maxLength: 7,
    }),
  )
  .map(([maxCohorts, shapes, preferences]) => {
    const schedule = SLOTS.map((s, index) => slot(s.weekday, s.startTime, maxCohorts[index] ?? 1));
    const perSlot = new Map<number, number>();
    let next = 0;
    const cohorts = shapes.flatMap((shape, index) => {
      const used = perSlot.get(shape.slot) ?? 0;
      if (used >= (maxCohorts[shape.slot] ?? 1)) return [];
      perSlot.set(shape.slot, used + 1);
      const size = Math.round(shape.fill * shape.maxSize);
      const members = Array.from({ length: size }, () => {
        next += 1;
        const preferred = preferences[next % preferences.length];
        const id = `m${String(next).padStart(3, '0')}`;
        const preferredSlot = preferred === undefined ? undefined : SLOTS[preferred];
        return preferredSlot ? { id, preferredSlot } : id;
      });
      return [
        { id: `k${index}`, slot: SLOTS[shape.slot] ?? monday10, maxSize: shape.maxSize, members },
      ];
    });
    return RosterBuilder.create({ schedule, cohorts });
  });

/** Who sits where, and each meeting cohort's slot and size: what restoring must give back exactly. */
function arrangementOf(roster: Roster) {
  return {
    cohorts: activeCohorts(roster)
      .map(
        (cohort) =>
          `${cohort.id} ${cohort.slot.weekday} ${cohort.slot.startTime} ${cohort.maxSize}`,
      )
      .sort(),
    seats: activeMembers(roster)
      .map((member) => `${member.id}@${member.cohortId}`)
      .sort(),
    waiting: waitlist(roster).map((member) => member.id),
  };
}

const rearrange = (roster: Roster, maxSize: number) => {
  let opened = 0;
  return rearrangeRoster(roster, {
    arrangementId: 'crisis-1',
    maxSize,
    now,
    newCohortId: () => `opened-${++opened}`,
  });
};

describe('rearrangeRoster and restoreRoster (GR-4)', () => {
  it('keeps every meeting cohort within N, and waitlists exactly the unplaced members', () => {
    fc.assert(
      fc.property(rosters, fc.integer({ min: 1, max: 8 }), (roster, maxSize) => {
        const result = rearrange(roster, maxSize);
        for (const cohort of activeCohorts(result.roster)) {
          expect(activeMembers(result.roster, cohort.id).length).toBeLessThanOrEqual(
            Math.min(cohort.maxSize, maxSize),
          );
        }
        expect(
          waitlist(result.roster)
            .map((member) => member.id)
            .sort(),
        ).toEqual(result.unplaced.map((entry) => entry.membershipId).sort());
        expect(result.roster.group.activeArrangementId).toBe('crisis-1');
      }),
    );
  });

  it('gives back the previous arrangement exactly', () => {
    fc.assert(
      fc.property(rosters, fc.integer({ min: 1, max: 8 }), (roster, maxSize) => {
        const applied = rearrange(roster, maxSize);
        const restored = restoreRoster(applied.roster, applied.snapshot, now);
        expect(arrangementOf(restored.roster)).toEqual(arrangementOf(roster));
        expect(restored.roster.group.activeArrangementId).toBeNull();
        expect(restored.waitlisted).toEqual([]);
      }),
    );
  });

  it('returns moved members, leaves leavers out, and reseats members who joined a closing cohort', () => {
    const roster = RosterBuilder.create({
      cohorts: [
        { id: 'yoga', slot: monday10, maxSize: 8, members: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] },
      ],
      schedule: [slot('monday', '10:00'), slot('monday', '14:00', 2)],
    });
    const applied = rearrange(roster, 3);
    expect(applied.unplaced).toEqual([]);
    expect(applied.moved.map((member) => member.id)).toEqual(['d', 'e', 'f', 'g']);

    const leaver = leaveRoster(applied.roster, { clientId: 'c-e', expectedVersion: 1, now }).roster;
    const joiner = joinRoster(leaver, {
      membershipId: 'late',
      clientId: 'c-late',
      waitlistIfFull: false,
      now,
      preferredSlot: SLOTS[1],
    });
    expect(joiner.membership.cohortId).toMatch(/^opened-/);

    const restored = restoreRoster(joiner.roster, applied.snapshot, now);
    expect(restored.returned.map((member) => member.id).sort()).toEqual(['d', 'f', 'g']);
    expect(restored.reseated).toEqual([expect.objectContaining({ id: 'late', cohortId: 'yoga' })]);
    expect(activeCohorts(restored.roster).map((cohort) => [cohort.id, cohort.maxSize])).toEqual([
      ['yoga', 8],
    ]);
    expect(
      activeMembers(restored.roster, 'yoga')
        .map((member) => member.id)
        .sort(),
    ).toEqual(['a', 'b', 'c', 'd', 'f', 'g', 'late']);
  });
});
