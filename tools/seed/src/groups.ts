import type { BulkWriter } from './bulk-writer';
import type { Organisation, SeededService } from './organisation';
import type { Random } from './random';
import { addDays, type SeedContext } from './seed-context';
import { ACTIVITY_GROUP, ATTENDANCE, COHORT, MEMBERSHIP, SESSION } from './tables';

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const;
const TIMES = ['10:00', '12:30', '14:00', '17:00'];
const DURATIONS = [60, 90, 120];
/** Sessions reach this many weeks back (with attendance) and ahead. */
const WEEKS_BACK = 12;
const WEEKS_AHEAD = 2;

/** A group where one more client can take a seat today. */
export interface GroupWithFreeSeat {
  groupId: string;
  cohortId: string;
  serviceId: string;
  teamId: string;
  /** An active client enrolled in the group's service who is not a member yet. */
  candidateClientId: string | undefined;
  freeSeats: number;
}

/** Ids of the active clients enrolled in each service today, by service id. */
export type ServiceRoster = ReadonlyMap<string, readonly string[]>;

/**
 * Activity groups on the services that run them, each with one or two weekly cohorts (cohort
 * 8–12) filled 40–100 % with clients enrolled in the service, a few who left, and weekly
 * sessions for the last twelve weeks (with attendance) and the next two.
 */
export async function writeGroups(
  writer: BulkWriter,
  context: SeedContext,
  organisation: Organisation,
  roster: ServiceRoster,
  groups: number,
  onGroup: (done: number) => void,
): Promise<GroupWithFreeSeat | undefined> {
  const { tenant } = context;
  const services = organisation.services.filter((service) => service.groups);
  let withFreeSeat: GroupWithFreeSeat | undefined;
  for (let g = 0; g < groups; g += 1) {
    const service = services[g % services.length] as SeededService;
    const random = context.random(`group:${g}`);
    const groupId = context.uuid('group', g);
    const slots = random.sample(WEEKDAYS, random.int(1, 2)).map((weekday) => ({
      weekday,
      startTime: random.pick(TIMES),
      durationMinutes: random.pick(DURATIONS),
      maxCohorts: 1,
    }));
    const maxSize = random.int(8, 12);
    const created = context.at(context.day(-random.int(120, 3 * 365)), 60);
    await writer.add(ACTIVITY_GROUP, [
      groupId,
      tenant,
      service.id,
      `${service.name} ${Math.floor(g / services.length) + 1}`,
      random.pick(['indoor', 'indoor', 'outdoor', 'online']),
      maxSize * slots.length,
      slots,
      null,
      1,
      created,
      created,
    ]);
    const pool = roster.get(service.id) ?? [];
    const taken = new Set<string>();
    const staff = organisation.staffByTeam.get(service.teamId) ?? organisation.staff;
    for (const [c, slot] of slots.entries()) {
      const cohortId = context.uuid('cohort', g, c);
      await writer.add(COHORT, [
        cohortId,
        tenant,
        groupId,
        slot.weekday,
        slot.startTime,
        maxSize,
        'active',
        created,
      ]);
      const seated = drawMembers(
        random,
        pool,
        taken,
        Math.round(maxSize * (0.4 + 0.6 * random.next())),
      );
      const members: { clientId: string; joined: string }[] = [];
      for (const [m, clientId] of seated.entries()) {
        const joined = context.day(-random.int(1, 365));
        members.push({ clientId, joined });
        await writer.add(MEMBERSHIP, [
          context.uuid('membership', g, c, m),
          tenant,
          groupId,
          clientId,
          'active',
          cohortId,
          slot.weekday,
          slot.startTime,
          context.at(joined, 60),
          null,
          null,
          1,
        ]);
      }
      for (const [m, clientId] of drawMembers(random, pool, taken, random.int(0, 2)).entries()) {
        const joined = context.day(-random.int(100, 365));
        await writer.add(MEMBERSHIP, [
          context.uuid('membership', g, c, 100 + m),
          tenant,
          groupId,
          clientId,
          'left',
          null,
          null,
          null,
          context.at(joined, 60),
          null,
          context.at(addDays(joined, random.int(7, 90)), 60),
          2,
        ]);
      }
      await writeSessions(writer, context, random, {
        key: [g, c],
        groupId,
        cohortId,
        slot,
        members,
        staff,
      });
      if (!withFreeSeat && seated.length < maxSize) {
        withFreeSeat = {
          groupId,
          cohortId,
          serviceId: service.id,
          teamId: service.teamId,
          candidateClientId: pool.find((clientId) => !taken.has(clientId)),
          freeSeats: maxSize - seated.length,
        };
      }
    }
    onGroup(g + 1);
  }
  return withFreeSeat;
}

/** Up to `count` clients of `pool` not in `taken` (and now taken). */
function drawMembers(
  random: Random,
  pool: readonly string[],
  taken: Set<string>,
  count: number,
): string[] {
  const drawn: string[] = [];
  for (let attempt = 0; drawn.length < count && attempt < count * 4; attempt += 1) {
    const clientId = pool[Math.floor(random.next() * pool.length)];
    if (clientId === undefined || taken.has(clientId)) continue;
    taken.add(clientId);
    drawn.push(clientId);
  }
  return drawn;
}

async function writeSessions(
  writer: BulkWriter,
  context: SeedContext,
  random: Random,
  cohort: {
    /** The group's and the cohort's numbers, for the ids of what they hold. */
    key: readonly [number, number];
    groupId: string;
    cohortId: string;
    slot: { weekday: (typeof WEEKDAYS)[number]; startTime: string; durationMinutes: number };
    members: readonly { clientId: string; joined: string }[];
    staff: readonly { subject: string }[];
  },
): Promise<void> {
  const { tenant } = context;
  // Monday of this week, Oslo dates being plain calendar days.
  const weekday = (new Date(`${context.today}T00:00:00.000Z`).getUTCDay() + 6) % 7;
  const monday = context.day(-weekday);
  const offset = WEEKDAYS.indexOf(cohort.slot.weekday);
  for (let week = -WEEKS_BACK; week <= WEEKS_AHEAD; week += 1) {
    const date = addDays(monday, week * 7 + offset);
    const sessionId = context.uuid('session', ...cohort.key, week + WEEKS_BACK);
    await writer.add(SESSION, [
      sessionId,
      tenant,
      cohort.groupId,
      cohort.cohortId,
      date,
      cohort.slot.startTime,
      cohort.slot.durationMinutes,
      context.at(addDays(date, -7), 0),
    ]);
    if (date >= context.today) continue;
    for (const [m, member] of cohort.members.entries()) {
      if (member.joined > date) continue;
      const point = random.next();
      await writer.add(ATTENDANCE, [
        context.uuid('attendance', ...cohort.key, week + WEEKS_BACK, m),
        tenant,
        sessionId,
        cohort.groupId,
        member.clientId,
        point < 0.75 ? 'present' : point < 0.95 ? 'absent' : 'cancelled',
        context.at(date, 600),
        random.pick(cohort.staff).subject,
        1,
      ]);
    }
  }
}
