import fc from 'fast-check';
import { GroupsError } from './groups-error';
import { recohort, type RecohortCohort, type RecohortInput, type RecohortPlan } from './recohort';

const SLOTS = ['monday 10:00', 'monday 14:00', 'tuesday 10:00', 'thursday 18:00'];

/** Splits unique member ids into cohorts of the generated sizes. */
function cohortsFrom(
  memberIds: readonly string[],
  shapes: readonly { slot: string; maxSize: number; size: number }[],
  preferences: readonly (string | undefined)[],
): RecohortCohort[] {
  let next = 0;
  return shapes.map((shape, index) => {
    const ids = memberIds.slice(next, next + shape.size);
    next += ids.length;
    return {
      id: `cohort-${String.fromCharCode(97 + index)}`,
      slot: shape.slot,
      maxSize: shape.maxSize,
      members: ids.map((id, position) => {
        const preferredSlot = preferences[(index * 7 + position) % Math.max(preferences.length, 1)];
        return preferredSlot === undefined ? { id } : { id, preferredSlot };
      }),
    };
  });
}

const memberIds = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 6 }), {
  minLength: 0,
  maxLength: 80,
});
const preferences = fc.array(fc.option(fc.constantFrom(...SLOTS), { nil: undefined }), {
  minLength: 1,
  maxLength: 10,
});

/** Any input, including cohorts in slots that are gone and slots holding more cohorts than allowed. */
const anyInput: fc.Arbitrary<RecohortInput> = fc
  .record({
    maxSize: fc.integer({ min: 1, max: 12 }),
    memberIds,
    preferences,
    shapes: fc.array(
      fc.record({
        slot: fc.constantFrom(...SLOTS),
        maxSize: fc.integer({ min: 1, max: 20 }),
        size: fc.integer({ min: 0, max: 20 }),
      }),
      { maxLength: 8 },
    ),
    slots: fc
      .subarray(SLOTS)
      .chain((keys) =>
        fc.tuple(
          ...keys.map((slot) =>
            fc.record({ slot: fc.constant(slot), maxCohorts: fc.integer({ min: 0, max: 3 }) }),
          ),
        ),
      ),
  })
  .map(({ maxSize, memberIds: ids, preferences: prefs, shapes, slots }) => ({
    maxSize,
    cohorts: cohortsFrom(ids, shapes, prefs),
    slots,
  }));

/** A state the library itself produces: every cohort within its maximum, its slot available and not over-full. */
const consistentInput: fc.Arbitrary<RecohortInput> = fc
  .record({
    maxSize: fc.integer({ min: 1, max: 12 }),
    memberIds,
    preferences,
    shapes: fc.array(
      fc
        .record({
          slot: fc.constantFrom(...SLOTS),
          maxSize: fc.integer({ min: 1, max: 20 }),
          fill: fc.double({ min: 0, max: 1, noNaN: true }),
        })
        .map(({ slot, maxSize, fill }) => ({
          slot,
          maxSize,
          size: Math.floor(fill * maxSize + 0.5),
        })),
      { maxLength: 8 },
    ),
    spare: fc.array(fc.integer({ min: 0, max: 2 }), {
      minLength: SLOTS.length,
      maxLength: SLOTS.length,
    }),
  })
  .map(({ maxSize, memberIds: ids, preferences: prefs, shapes, spare }) => {
    const cohorts = cohortsFrom(ids, shapes, prefs);
    const slots = SLOTS.map((slot, index) => ({
      slot,
      maxCohorts: cohorts.filter((cohort) => cohort.slot === slot).length + (spare[index] ?? 0),
    }));
    return { maxSize, cohorts, slots };
  });

const allMembers = (input: RecohortInput) =>
  input.cohorts.flatMap((cohort) => cohort.members.map((member) => ({ ...member, cohort })));
const limitOf = (input: RecohortInput, cohort: RecohortCohort) =>
  Math.min(cohort.maxSize, input.maxSize);
const moved = (plan: RecohortPlan) => plan.moves.length + plan.unplaced.length;

/**
 * The simple baseline: the naive split. In each available slot the first `maxCohorts` cohorts by
 * id stay and keep their first `limit` members by id; every other member moves.
 */
function naiveMoves(input: RecohortInput): number {
  const total = allMembers(input).length;
  const kept = input.slots.reduce((sum, slot) => {
    const staying = input.cohorts
      .filter((cohort) => cohort.slot === slot.slot)
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .slice(0, slot.maxCohorts);
    return (
      sum +
      staying.reduce(
        (inSlot, cohort) => inSlot + Math.min(cohort.members.length, limitOf(input, cohort)),
        0,
      )
    );
  }, 0);
  return total - kept;
}

/** No arrangement can keep more than `limit` members of a cohort in place. */
const lowerBound = (input: RecohortInput) =>
  input.cohorts.reduce(
    (sum, cohort) => sum + Math.max(0, cohort.members.length - limitOf(input, cohort)),
    0,
  );

function shuffled<T>(items: readonly T[], seed: number): T[] {
  return items
    .map((item, index) => ({ item, key: (index * 7919 + seed * 104729) % 1000003 }))
    .sort((a, b) => a.key - b.key)
    .map(({ item }) => item);
}

describe('recohort (GR-4)', () => {
  it('never lets a cohort exceed N, nor its own maximum', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        for (const cohort of recohort(input).cohorts) {
          expect(cohort.memberIds.length).toBeLessThanOrEqual(input.maxSize);
          expect(cohort.memberIds.length).toBeLessThanOrEqual(cohort.limit);
        }
      }),
    );
  });

  it('places every member exactly once or lists them as unplaced', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const plan = recohort(input);
        const placed = plan.cohorts.flatMap((cohort) => cohort.memberIds);
        const accounted = [...placed, ...plan.unplaced.map((member) => member.memberId)];
        expect(new Set(accounted).size).toBe(accounted.length);
        expect([...accounted].sort()).toEqual(
          allMembers(input)
            .map((member) => member.id)
            .sort(),
        );
      }),
    );
  });

  it('moves nobody when N is at least the largest cohort', () => {
    fc.assert(
      fc.property(consistentInput, fc.integer({ min: 0, max: 5 }), (input, extra) => {
        const largest = Math.max(0, ...input.cohorts.map((cohort) => cohort.members.length));
        const plan = recohort({ ...input, maxSize: Math.max(largest, 1) + extra });
        expect(plan.moves).toEqual([]);
        expect(plan.unplaced).toEqual([]);
        expect(plan.dissolved).toEqual([]);
        for (const cohort of input.cohorts) {
          const kept = plan.cohorts.find((planned) => planned.ref === cohort.id);
          expect([...(kept?.memberIds ?? [])].sort()).toEqual(
            cohort.members.map((member) => member.id).sort(),
          );
        }
      }),
    );
  });

  it('moves no more members than the naive split, and no fewer than must move', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const plan = recohort(input);
        expect(moved(plan)).toBeLessThanOrEqual(naiveMoves(input));
        expect(moved(plan)).toBeGreaterThanOrEqual(lowerBound(input));
      }),
    );
  });

  it('moves exactly the members above each limit when every cohort keeps its slot', () => {
    fc.assert(
      fc.property(consistentInput, fc.integer({ min: 1, max: 12 }), (input, maxSize) => {
        const next = { ...input, maxSize };
        expect(moved(recohort(next))).toBe(lowerBound(next));
      }),
    );
  });

  it('gives the same output for the same input, in any order', () => {
    fc.assert(
      fc.property(anyInput, fc.nat(), (input, seed) => {
        const reordered: RecohortInput = {
          maxSize: input.maxSize,
          slots: shuffled(input.slots, seed),
          cohorts: shuffled(input.cohorts, seed + 1).map((cohort) => ({
            ...cohort,
            members: shuffled(cohort.members, seed + 2),
          })),
        };
        expect(recohort(reordered)).toEqual(recohort(input));
        expect(recohort(input)).toEqual(recohort(structuredClone(input)));
      }),
    );
  });

  it('leaves members unplaced only when every cohort is full and no slot can open another', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const plan = recohort(input);
        if (plan.unplaced.length === 0) return;
        for (const cohort of plan.cohorts) expect(cohort.memberIds.length).toBe(cohort.limit);
        for (const slot of input.slots) {
          expect(plan.cohorts.filter((cohort) => cohort.slot === slot.slot)).toHaveLength(
            slot.maxCohorts,
          );
        }
      }),
    );
  });

  it('honours a moved member’s preferred slot unless that slot is full', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const plan = recohort(input);
        const preference = new Map(
          allMembers(input).map((member) => [member.id, member.preferredSlot]),
        );
        const slotOf = new Map(plan.cohorts.map((cohort) => [cohort.ref, cohort.slot]));
        for (const move of plan.moves) {
          const preferred = preference.get(move.memberId);
          const available = input.slots.find((slot) => slot.slot === preferred);
          if (!available || slotOf.get(move.to) === preferred) continue;
          const there = plan.cohorts.filter((cohort) => cohort.slot === preferred);
          expect(there).toHaveLength(available.maxCohorts);
          for (const cohort of there) expect(cohort.memberIds.length).toBe(cohort.limit);
        }
      }),
    );
  });

  it('keeps cohorts in available slots, within each slot’s number of cohorts, and moves members to another cohort', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const plan = recohort(input);
        for (const slot of input.slots) {
          expect(
            plan.cohorts.filter((cohort) => cohort.slot === slot.slot).length,
          ).toBeLessThanOrEqual(slot.maxCohorts);
        }
        const available = new Set(input.slots.map((slot) => slot.slot));
        for (const cohort of plan.cohorts) expect(available.has(cohort.slot)).toBe(true);
        const origin = new Map(allMembers(input).map((member) => [member.id, member.cohort.id]));
        for (const move of [...plan.moves, ...plan.unplaced])
          expect(move.from).toBe(origin.get(move.memberId));
        for (const move of plan.moves) expect(move.to).not.toBe(move.from);
      }),
    );
  });

  it('splits a cohort of 12 into fixed cohorts of at most 5 in two batches a day', () => {
    const members = Array.from({ length: 12 }, (_, i) => ({
      id: `m${String(i).padStart(2, '0')}`,
    }));
    const plan = recohort({
      maxSize: 5,
      cohorts: [{ id: 'yoga', slot: 'monday 10:00', maxSize: 12, members }],
      slots: [
        { slot: 'monday 10:00', maxCohorts: 1 },
        { slot: 'monday 14:00', maxCohorts: 2 },
      ],
    });
    expect(plan.cohorts).toEqual([
      {
        ref: 'yoga',
        existing: true,
        slot: 'monday 10:00',
        limit: 5,
        memberIds: ['m00', 'm01', 'm02', 'm03', 'm04'],
      },
      {
        ref: 'new-1',
        existing: false,
        slot: 'monday 14:00',
        limit: 5,
        memberIds: ['m05', 'm06', 'm07', 'm08', 'm09'],
      },
      { ref: 'new-2', existing: false, slot: 'monday 14:00', limit: 5, memberIds: ['m10', 'm11'] },
    ]);
    expect(plan.unplaced).toEqual([]);
  });

  it('keeps those who prefer the cohort’s slot, moves those who prefer another, and returns who does not fit', () => {
    const plan = recohort({
      maxSize: 2,
      cohorts: [
        {
          id: 'walk',
          slot: 'monday 10:00',
          maxSize: 6,
          members: [
            { id: 'a', preferredSlot: 'tuesday 10:00' },
            { id: 'b' },
            { id: 'c', preferredSlot: 'monday 10:00' },
            { id: 'd', preferredSlot: 'tuesday 10:00' },
            { id: 'e' },
          ],
        },
      ],
      slots: [
        { slot: 'monday 10:00', maxCohorts: 1 },
        { slot: 'tuesday 10:00', maxCohorts: 1 },
      ],
    });
    expect(plan.cohorts).toEqual([
      { ref: 'walk', existing: true, slot: 'monday 10:00', limit: 2, memberIds: ['c', 'b'] },
      { ref: 'new-1', existing: false, slot: 'tuesday 10:00', limit: 2, memberIds: ['a', 'd'] },
    ]);
    expect(plan.unplaced).toEqual([{ memberId: 'e', from: 'walk' }]);
  });

  it('dissolves a cohort whose slot is gone and keeps the fuller of two rivals for one place', () => {
    const plan = recohort({
      maxSize: 3,
      cohorts: [
        { id: 'x', slot: 'monday 10:00', maxSize: 5, members: [{ id: 'x1' }] },
        { id: 'y', slot: 'monday 10:00', maxSize: 5, members: [{ id: 'y1' }, { id: 'y2' }] },
        { id: 'z', slot: 'friday 18:00', maxSize: 5, members: [{ id: 'z1' }] },
      ],
      slots: [{ slot: 'monday 10:00', maxCohorts: 1 }],
    });
    expect(plan.dissolved).toEqual(['x', 'z']);
    expect(plan.cohorts).toEqual([
      { ref: 'y', existing: true, slot: 'monday 10:00', limit: 3, memberIds: ['y1', 'y2', 'x1'] },
    ]);
    expect(plan.unplaced).toEqual([{ memberId: 'z1', from: 'z' }]);
  });

  it.each([0, -1, 2.5, Number.NaN])('refuses N = %p, naming the field', (maxSize) => {
    expect(() => recohort({ maxSize, cohorts: [], slots: [] })).toThrow(GroupsError);
    expect(() => recohort({ maxSize, cohorts: [], slots: [] })).toThrow(
      expect.objectContaining({
        violations: [expect.objectContaining({ field: 'maxSize', rule: 'min' })],
      }),
    );
  });

  it('refuses a member in two cohorts', () => {
    const input: RecohortInput = {
      maxSize: 5,
      cohorts: [
        { id: 'a', slot: 'monday 10:00', maxSize: 5, members: [{ id: 'same' }] },
        { id: 'b', slot: 'monday 10:00', maxSize: 5, members: [{ id: 'same' }] },
      ],
      slots: [{ slot: 'monday 10:00', maxCohorts: 2 }],
    };
    expect(() => recohort(input)).toThrow(
      expect.objectContaining({ violations: [expect.objectContaining({ rule: 'one-cohort' })] }),
    );
  });
});
