import type { BulkWriter } from './bulk-writer';
import { syntheticFodselsnummer } from './national-id';
import { FAMILY_NAMES, GIVEN_NAMES } from './names';
import type { Organisation, SeededService, SeededStaffMember } from './organisation';
import type { Random } from './random';
import type { SeedContext } from './seed-context';
import { CLIENT, CLIENT_STATUS_CHANGE, ENROLMENT } from './tables';

/** What later parts of the generator (and the summary) need to know of a written client. */
export interface SeededClient {
  readonly index: number;
  readonly id: string;
  readonly identified: boolean;
  readonly name: string;
  /** A word a name search finds them by: the family name, or the alias's first word. */
  readonly searchName: string;
  readonly status: 'active' | 'paused' | 'discharged';
  readonly primaryContact: SeededStaffMember;
  readonly backupContact: SeededStaffMember | undefined;
  /** Services with an enrolment open today; the first is the client's main service. */
  readonly services: readonly SeededService[];
  readonly since: string;
  /** Days since they came. */
  readonly sinceDays: number;
  /** Days since they were paused or discharged; 0 while active. */
  readonly endedDays: number;
}

const ALIASES = ['Ravn', 'Sol', 'Kaptein', 'Tusen', 'Bjørnen', 'Lillemor', 'Frosk', 'Stjerne'];
const LANGUAGES = ['ar', 'so', 'pl', 'ti', 'en', 'fa', 'uk'];

/** Picks a service in proportion to its weight. */
function weightedService(random: Random, services: readonly SeededService[]): SeededService {
  const total = services.reduce((sum, service) => sum + service.weight, 0);
  let point = random.next() * total;
  for (const service of services) {
    point -= service.weight;
    if (point < 0) return service;
  }
  return services[services.length - 1] as SeededService;
}

/**
 * One client with their registration, status and enrolments. Two in three are identified by a
 * synthetic fødselsnummer, the rest pseudonymous (alias + birth year). The primary and back-up
 * contacts work in the team that runs the client's main service, so both the contact and the
 * enrolment care relations hold for them.
 */
export async function writeClient(
  writer: BulkWriter,
  context: SeedContext,
  organisation: Organisation,
  index: number,
  usedNationalIds: Set<string>,
): Promise<SeededClient> {
  const { tenant } = context;
  const random = context.random(`client:${index}`);
  const id = context.uuid('client', index);
  const identified = random.chance(2 / 3);
  const birthYear = random.int(1950, 2007);
  const birthDate = `${birthYear}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
  let nationalId: string | null = null;
  if (identified) {
    do nationalId = syntheticFodselsnummer(birthDate, random);
    while (usedNationalIds.has(nationalId));
    usedNationalIds.add(nationalId);
  }
  const givenName = identified ? random.pick(GIVEN_NAMES) : null;
  const familyName = identified ? random.pick(FAMILY_NAMES) : null;
  const alias = identified
    ? null
    : `${random.pick(ALIASES)} ${random.pick(GIVEN_NAMES).charAt(0)}.`;
  const statusPoint = random.next();
  const status = statusPoint < 0.9 ? 'active' : statusPoint < 0.95 ? 'paused' : 'discharged';

  const main = weightedService(random, organisation.services);
  const services = [main];
  for (let extra = random.int(0, 2); extra > 0; extra -= 1) {
    const other = weightedService(random, organisation.services);
    if (!services.includes(other)) services.push(other);
  }
  const team = organisation.staffByTeam.get(main.teamId) ?? [];
  const primaryContact = random.pick(team.length > 0 ? team : organisation.staff);
  const backupCandidates = team.filter((member) => member !== primaryContact);
  const backupContact =
    backupCandidates.length > 0 && random.chance(0.6) ? random.pick(backupCandidates) : undefined;
  const sinceDays = random.int(14, 4 * 365);
  const since = context.day(-sinceDays);
  // Paused and discharged clients changed status in the last two months, after they came.
  const changedDays = status === 'active' ? 0 : random.int(1, Math.min(60, sinceDays));
  const registered = context.at(since, random.int(60, 480));
  const language = random.chance(0.85) ? 'nb' : random.pick(LANGUAGES);
  const channels = random.chance(0.9)
    ? [
        {
          kind: 'mobile',
          value: `${random.pick(['4', '9'])}${random.int(1_000_000, 9_999_999)}`,
          note: null,
        },
      ]
    : [];
  const searchWords = [givenName, familyName, alias]
    .join(' ')
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean);

  await writer.add(CLIENT, [
    id,
    tenant,
    nationalId,
    identified ? 'fodselsnummer' : null,
    givenName,
    familyName,
    alias,
    birthYear,
    identified ? birthDate : null,
    channels,
    language,
    language !== 'nb' && random.chance(0.5),
    status,
    primaryContact.subject,
    backupContact?.subject ?? null,
    null,
    // The clients library's sort and search columns (persistence/client/client.mapper.ts).
    (familyName ?? alias ?? '').toLowerCase(),
    searchWords.map((word) => ` ${word}`).join(''),
    1,
    registered,
    registered,
  ]);
  await writer.add(CLIENT_STATUS_CHANGE, [
    context.uuid('status-change', index, 0),
    tenant,
    id,
    null,
    'active',
    null,
    primaryContact.subject,
    registered,
  ]);
  if (status !== 'active') {
    const changed = context.day(-changedDays);
    await writer.add(CLIENT_STATUS_CHANGE, [
      context.uuid('status-change', index, 1),
      tenant,
      id,
      'active',
      status,
      status === 'paused' ? 'Innlagt i døgnbehandling' : 'Avsluttet etter eget ønske',
      primaryContact.subject,
      context.at(changed, 120),
    ]);
  }

  // Discharged clients' enrolments have ended; the others are open today.
  const ended = status === 'discharged' ? context.day(-changedDays) : null;
  for (const [position, service] of services.entries()) {
    const started =
      position === 0
        ? since
        : context.day(-random.int(Math.min(Math.max(changedDays, 7), sinceDays), sinceDays));
    await writer.add(ENROLMENT, [
      context.uuid('enrolment', index, position),
      tenant,
      id,
      service.id,
      started,
      ended,
      position === 0 ? 'vedtak' : 'henvisning',
      ended ? 'avsluttet' : null,
      primaryContact.subject,
      context.at(started, 30),
      1,
    ]);
  }

  return {
    index,
    id,
    identified,
    name: identified ? `${givenName} ${familyName}` : (alias ?? ''),
    searchName: familyName ?? alias?.split(' ')[0] ?? '',
    status,
    primaryContact,
    backupContact,
    services: ended ? [] : services,
    since,
    sinceDays,
    endedDays: changedDays,
  };
}
