import type { FieldViolation } from '@lavterskel/kernel';
import { GroupsError, GroupsErrorCode } from './groups-error';

/** A member as re-cohorting sees it: an id and, optionally, the slot they would rather meet in. */
export interface RecohortMember {
  readonly id: string;
  readonly preferredSlot?: string;
}

export interface RecohortCohort {
  readonly id: string;
  /** The cohort's fixed time slot (any stable key, e.g. `monday 10:00`). */
  readonly slot: string;
  /** The cohort's own maximum; the new limit is the smaller of this and `maxSize`. */
  readonly maxSize: number;
  readonly members: readonly RecohortMember[];
}

/** A slot cohorts may meet in, and how many cohorts it can hold at once. */
export interface RecohortSlot {
  readonly slot: string;
  readonly maxCohorts: number;
}

export interface RecohortInput {
  /** The new largest cohort size N (at least 1). */
  readonly maxSize: number;
  readonly cohorts: readonly RecohortCohort[];
  /** The slots available now; a cohort whose slot is not listed is dissolved. */
  readonly slots: readonly RecohortSlot[];
}

export interface PlannedCohort {
  /** The cohort's id when it exists already, else `new-1`, `new-2` … in the order they were opened. */
  readonly ref: string;
  readonly existing: boolean;
  readonly slot: string;
  /** The size this cohort may reach: min(its own maximum, N) when kept, N when new. */
  readonly limit: number;
  readonly memberIds: readonly string[];
}

export interface MemberMove {
  readonly memberId: string;
  readonly from: string;
  /** A `PlannedCohort.ref`. */
  readonly to: string;
}

export interface RecohortUnplaced {
  readonly memberId: string;
  readonly from: string;
  readonly preferredSlot?: string;
}

export interface RecohortPlan {
  /** Kept cohorts (by id), then new cohorts (in the order opened). */
  readonly cohorts: readonly PlannedCohort[];
  /** Existing cohorts that no longer meet: their slot is gone or holds too many cohorts. */
  readonly dissolved: readonly string[];
  readonly moves: readonly MemberMove[];
  /** Members no cohort could take: the caller must follow them up (never dropped silently). */
  readonly unplaced: readonly RecohortUnplaced[];
}

interface WorkingCohort {
  ref: string;
  existing: boolean;
  slot: string;
  limit: number;
  memberIds: string[];
}

interface PoolEntry {
  member: RecohortMember;
  from: string;
}

/**
 * Re-cohorting (GR-4): splits a group's cohorts so that none exceeds `maxSize`, moving as few
 * members as possible. Pure and deterministic: the output depends on the input's content only,
 * not on the order of its lists.
 *
 * 1. Per available slot, keep the cohorts that keep the most members in place (the largest
 *    min(size, limit) first, then by id), as many as the slot holds. Other cohorts dissolve.
 * 2. A kept cohort above its limit keeps members who prefer its slot, then those without a
 *    preference, then those who prefer another slot (each group by id); the rest move.
 * 3. Moving members (by id) who prefer an available slot go to the roomiest cohort there,
 *    or to a cohort opened there while the slot has room for one.
 * 4. The others go to the roomiest cohort anywhere, or a new cohort in the slot with the most
 *    room for cohorts; when nothing has room they are returned as unplaced.
 *
 * Every kept cohort keeps min(size, limit) members, and each slot keeps the cohorts that keep
 * the most, so it never moves more members than the simple baseline, the naive split (in each
 * available slot the first `maxCohorts` cohorts by id stay and keep their first `limit` members
 * by id; everyone else moves), and moves exactly Σ max(0, size − limit), the fewest possible,
 * whenever every cohort keeps its slot. Moved and unplaced members both count as moved.
 */
export function recohort(input: RecohortInput): RecohortPlan {
  assertValidInput(input);
  const maxSize = input.maxSize;
  const cohorts = [...input.cohorts]
    .sort((a, b) => compare(a.id, b.id))
    .map((cohort) => ({
      ...cohort,
      members: [...cohort.members].sort((a, b) => compare(a.id, b.id)),
    }));
  const maxCohortsOf = new Map(input.slots.map((slot) => [slot.slot, slot.maxCohorts]));
  /** Cohorts each slot can still take, in slot order. */
  const freeCohortPlaces = new Map([...maxCohortsOf].sort((a, b) => compare(a[0], b[0])));

  const working: WorkingCohort[] = [];
  const dissolved: string[] = [];
  const pool: PoolEntry[] = [];
  const limitOf = (cohort: RecohortCohort) => Math.min(cohort.maxSize, maxSize);
  const keepable = (cohort: RecohortCohort) => Math.min(cohort.members.length, limitOf(cohort));

  for (const cohort of cohorts) {
    const rivals = cohorts
      .filter((other) => other.slot === cohort.slot)
      .sort((a, b) => keepable(b) - keepable(a) || compare(a.id, b.id));
    if (rivals.indexOf(cohort) >= (maxCohortsOf.get(cohort.slot) ?? 0)) {
      dissolved.push(cohort.id);
      pool.push(...cohort.members.map((member) => ({ member, from: cohort.id })));
      continue;
    }
    freeCohortPlaces.set(cohort.slot, (freeCohortPlaces.get(cohort.slot) ?? 0) - 1);
    const byStayPriority = [...cohort.members].sort(
      (a, b) => stayRank(a, cohort.slot) - stayRank(b, cohort.slot) || compare(a.id, b.id),
    );
    const limit = limitOf(cohort);
    working.push({
      ref: cohort.id,
      existing: true,
      slot: cohort.slot,
      limit,
      memberIds: byStayPriority.slice(0, limit).map((member) => member.id),
    });
    pool.push(...byStayPriority.slice(limit).map((member) => ({ member, from: cohort.id })));
  }

  pool.sort((a, b) => compare(a.member.id, b.member.id));
  const moves: MemberMove[] = [];
  const unplaced: RecohortUnplaced[] = [];
  let opened = 0;
  const open = (slot: string): WorkingCohort => {
    opened += 1;
    freeCohortPlaces.set(slot, (freeCohortPlaces.get(slot) ?? 0) - 1);
    const cohort = { ref: `new-${opened}`, existing: false, slot, limit: maxSize, memberIds: [] };
    working.push(cohort);
    return cohort;
  };
  const place = (entry: PoolEntry, cohort: WorkingCohort) => {
    cohort.memberIds.push(entry.member.id);
    moves.push({ memberId: entry.member.id, from: entry.from, to: cohort.ref });
  };

  const withoutPreferredPlace: PoolEntry[] = [];
  for (const entry of pool) {
    const preferred = entry.member.preferredSlot;
    const target =
      preferred !== undefined && freeCohortPlaces.has(preferred)
        ? (roomiest(working.filter((cohort) => cohort.slot === preferred)) ??
          ((freeCohortPlaces.get(preferred) ?? 0) > 0 ? open(preferred) : undefined))
        : undefined;
    if (target) place(entry, target);
    else withoutPreferredPlace.push(entry);
  }
  const openInRoomiestSlot = (): WorkingCohort | undefined => {
    const [slot, free] = [...freeCohortPlaces].reduce(
      (best, next) => (next[1] > best[1] ? next : best),
      ['', 0],
    );
    return free > 0 ? open(slot) : undefined;
  };
  for (const entry of withoutPreferredPlace) {
    const target = roomiest(working) ?? openInRoomiestSlot();
    if (target) place(entry, target);
    else {
      unplaced.push({
        memberId: entry.member.id,
        from: entry.from,
        ...(entry.member.preferredSlot !== undefined
          ? { preferredSlot: entry.member.preferredSlot }
          : {}),
      });
    }
  }

  return { cohorts: working.map((cohort) => ({ ...cohort })), dissolved, moves, unplaced };
}

/** Who stays when a cohort must shrink: those who prefer its slot, then the indifferent, then the rest. */
function stayRank(member: RecohortMember, slot: string): number {
  if (member.preferredSlot === slot) return 0;
  return member.preferredSlot === undefined ? 1 : 2;
}

/** The cohort with the most free seats (then by slot and ref), or undefined when all are full. */
function roomiest(cohorts: readonly WorkingCohort[]): WorkingCohort | undefined {
  return cohorts
    .filter((cohort) => cohort.memberIds.length < cohort.limit)
    .sort(
      (a, b) =>
        b.limit - b.memberIds.length - (a.limit - a.memberIds.length) ||
        compare(a.slot, b.slot) ||
        compare(a.ref, b.ref),
    )[0];
}

/** Code-point order: the same on every machine and locale. */
function compare(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

function assertValidInput(input: RecohortInput): void {
  const violations: FieldViolation[] = [];
  if (!Number.isInteger(input.maxSize) || input.maxSize < 1) {
    violations.push({
      field: 'maxSize',
      rule: 'min',
      message: 'must be a whole number of at least 1',
    });
  }
  const cohortIds = new Set<string>();
  const memberIds = new Set<string>();
  input.cohorts.forEach((cohort, index) => {
    if (cohortIds.has(cohort.id))
      violations.push({ field: `cohorts[${index}].id`, rule: 'unique', message: 'appears twice' });
    cohortIds.add(cohort.id);
    if (!Number.isInteger(cohort.maxSize) || cohort.maxSize < 1) {
      violations.push({
        field: `cohorts[${index}].maxSize`,
        rule: 'min',
        message: 'must be a whole number of at least 1',
      });
    }
    cohort.members.forEach((member, position) => {
      if (memberIds.has(member.id)) {
        violations.push({
          field: `cohorts[${index}].members[${position}].id`,
          rule: 'one-cohort',
          message: 'is in more than one place',
        });
      }
      memberIds.add(member.id);
    });
  });
  const slotKeys = new Set<string>();
  input.slots.forEach((slot, index) => {
    if (slotKeys.has(slot.slot))
      violations.push({ field: `slots[${index}].slot`, rule: 'unique', message: 'appears twice' });
    slotKeys.add(slot.slot);
    if (!Number.isInteger(slot.maxCohorts) || slot.maxCohorts < 0) {
      violations.push({
        field: `slots[${index}].maxCohorts`,
        rule: 'min',
        message: 'must be a whole number of at least 0',
      });
    }
  });
  if (violations.length > 0) {
    throw new GroupsError(
      GroupsErrorCode.InvalidInput,
      'The re-cohorting input is not valid.',
      violations,
    );
  }
}
