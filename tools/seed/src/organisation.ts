import type { BulkWriter } from './bulk-writer';
import { PROFESSIONS, SERVICES, TEAMS, type ServiceTemplate } from './catalogue';
import { FAMILY_NAMES, GIVEN_NAMES, STREETS } from './names';
import type { SeedContext } from './seed-context';
import {
  AVAILABILITY_PERIOD,
  COMPETENCY,
  PARTNER,
  SERVICE,
  STAFF_MEMBER,
  TEAM,
  TEAM_MEMBERSHIP,
} from './tables';

export interface SeededService extends ServiceTemplate {
  readonly id: string;
  readonly teamId: string;
}

export interface SeededStaffMember {
  readonly id: string;
  /** The token subject this staff member signs in with. */
  readonly subject: string;
  readonly name: string;
  /** Teams they work in now; the first is their main team. */
  readonly teamIds: readonly string[];
  /** The roles a token for them carries. */
  readonly roles: readonly string[];
  readonly competencies: readonly string[];
  /** On duty today (not sick, not lent to a partner). */
  readonly onDuty: boolean;
}

export interface Organisation {
  readonly teamIds: readonly string[];
  readonly services: readonly SeededService[];
  readonly staff: readonly SeededStaffMember[];
  /** Staff by team id, main team first. */
  readonly staffByTeam: ReadonlyMap<string, readonly SeededStaffMember[]>;
  readonly pharmacyIds: readonly string[];
}

const PARTNERS = [
  { name: 'Apotek 1 Sentrum', kind: 'pharmacy' },
  { name: 'Vitusapotek Øst', kind: 'pharmacy' },
  { name: 'Boots apotek Vest', kind: 'pharmacy' },
  { name: 'DPS Sentrum', kind: 'dps' },
  { name: 'TSB-klinikken', kind: 'tsb' },
  { name: 'NAV kommune', kind: 'nav' },
  { name: 'Kirkens Bymisjon', kind: 'ngo' },
  { name: 'Legesenteret Torget', kind: 'gp' },
] as const;

const OPENING_HOURS = [1, 2, 3, 4, 5].map((weekday) => ({
  weekday,
  opens: '08:00',
  closes: '15:30',
}));

/** Teams, partners, the service catalogue and the staff with their teams, competencies and rosters. */
export async function writeOrganisation(
  writer: BulkWriter,
  context: SeedContext,
  staffCount: number,
): Promise<Organisation> {
  const { tenant } = context;
  const created = context.at(context.day(-3 * 365), 0);
  const teamIds = TEAMS.map((_, index) => context.uuid('team', index));
  for (const [index, name] of TEAMS.entries()) {
    await writer.add(TEAM, [teamIds[index] ?? '', tenant, name, created]);
  }

  const partnerIds = PARTNERS.map((_, index) => context.uuid('partner', index));
  for (const [index, partner] of PARTNERS.entries()) {
    const organisationNumber = String(910_000_000 + index * 1_117);
    await writer.add(PARTNER, [
      partnerIds[index] ?? '',
      tenant,
      partner.name,
      partner.kind,
      organisationNumber,
      `3${String(5_000_000 + index * 4_321).padStart(7, '0')}`,
      null,
      created,
    ]);
  }

  const services = SERVICES.map((template, index) => ({
    ...template,
    id: context.uuid('service', index),
    teamId: teamIds[TEAMS.indexOf(template.team as (typeof TEAMS)[number])] ?? '',
  }));
  for (const [index, service] of services.entries()) {
    await writer.add(SERVICE, [
      service.id,
      tenant,
      service.teamId,
      service.name,
      service.category,
      `${service.team}, ${STREETS[index % STREETS.length]}`,
      `${STREETS[index % STREETS.length]} ${1 + ((index * 7) % 60)}`,
      OPENING_HOURS,
      service.capacity ?? null,
      service.critical ?? false,
      service.competencies ?? [],
      'open',
      null,
      1,
      created,
      created,
    ]);
  }

  // Staff go to teams in proportion to the clients their services have.
  const teamWeights = teamIds.map((teamId) =>
    services.filter((s) => s.teamId === teamId).reduce((sum, s) => sum + s.weight, 0),
  );
  const totalWeight = teamWeights.reduce((sum, weight) => sum + weight, 0);
  const staff: SeededStaffMember[] = [];
  for (let index = 0; index < staffCount; index += 1) {
    const random = context.random(`staff:${index}`);
    // The first of each team leads it, so every team has someone.
    let main = index;
    if (index >= teamIds.length) {
      let point = random.next() * totalWeight;
      main = teamWeights.findIndex((weight) => (point -= weight) < 0);
      if (main < 0) main = teamWeights.length - 1;
    }
    const teams = [teamIds[main] ?? ''];
    if (index >= teamIds.length && random.chance(0.15)) {
      teams.push(teamIds[(main + 1 + random.int(0, teamIds.length - 2)) % teamIds.length] ?? '');
    }
    const profession = random.pick(PROFESSIONS);
    const competencies = ['first-aid', 'naloxone'];
    if (TEAMS[main] === 'LAR-teamet' || (profession === 'sykepleier' && random.chance(0.4))) {
      competencies.push('lar-dispensing');
    }
    if (profession === 'sykepleier' && (TEAMS[main] !== 'LAR-teamet' || random.chance(0.3))) {
      competencies.push('field-nursing');
    }
    const status = random.chance(0.06)
      ? 'sick'
      : random.chance(0.03)
        ? 'lent-to-partner'
        : 'on-duty';
    const member: SeededStaffMember = {
      id: context.uuid('staff', index),
      subject: `staff-${String(index + 1).padStart(5, '0')}`,
      name: `${random.pick(GIVEN_NAMES)} ${random.pick(FAMILY_NAMES)}`,
      teamIds: teams,
      roles: index < teamIds.length ? ['staff', 'team-lead'] : ['staff'],
      competencies,
      onDuty: status === 'on-duty',
    };
    staff.push(member);
    await writer.add(STAFF_MEMBER, [
      member.id,
      tenant,
      member.subject,
      member.name,
      profession,
      created,
    ]);
    for (const [position, teamId] of teams.entries()) {
      await writer.add(TEAM_MEMBERSHIP, [
        context.uuid('team-membership', index, position),
        tenant,
        teamId,
        member.id,
        context.day(-random.int(30, 3 * 365)),
        null,
      ]);
    }
    for (const [position, code] of competencies.entries()) {
      const certified = context.day(-random.int(30, 5 * 365));
      await writer.add(COMPETENCY, [
        context.uuid('competency', index, position),
        tenant,
        member.id,
        code,
        certified,
        code === 'first-aid' ? context.day(random.int(30, 2 * 365)) : null,
        'seed',
        context.at(certified, 60),
      ]);
    }
    const from =
      status === 'on-duty' ? context.day(-random.int(30, 120)) : context.day(-random.int(1, 10));
    await writer.add(AVAILABILITY_PERIOD, [
      context.uuid('availability', index),
      tenant,
      member.id,
      status,
      from,
      status === 'on-duty' ? context.day(random.int(60, 180)) : context.day(random.int(3, 21)),
      status === 'lent-to-partner' ? partnerIds[3] : null,
      'seed',
      context.at(from, 0),
    ]);
  }

  const staffByTeam = new Map<string, SeededStaffMember[]>(teamIds.map((id) => [id, []]));
  for (const member of staff) {
    for (const teamId of member.teamIds) staffByTeam.get(teamId)?.push(member);
  }
  return {
    teamIds,
    services,
    staff,
    staffByTeam,
    pharmacyIds: partnerIds.filter((_, index) => PARTNERS[index]?.kind === 'pharmacy'),
  };
}
