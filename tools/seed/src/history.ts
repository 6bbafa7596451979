import type { BulkWriter } from './bulk-writer';
import type { SeededClient } from './clients';
import type { Random } from './random';
import type { SeedContext } from './seed-context';
import { FAMILY_NAMES, GIVEN_NAMES } from './names';
import {
  CLINICAL_PROFILE,
  CRISIS_PLAN,
  ENCOUNTER,
  RELATIVE,
  VEDTAK,
  VULNERABILITY_FLAG,
} from './tables';

const FLAGS = [
  'overdose-history',
  'pregnancy',
  'no-phone',
  'language-difficulty',
  'homeless',
  'somatic-risk',
  'violence-risk',
] as const;
const SUBSTANCES = [
  'alcohol',
  'opioids',
  'benzodiazepines',
  'cannabis',
  'amphetamines',
  'cocaine',
  'ghb',
];
const DIAGNOSES = [
  'F10.2',
  'F11.2',
  'F12.1',
  'F13.2',
  'F15.2',
  'F19.2',
  'F32.1',
  'F33.1',
  'F41.1',
  'F43.1',
  'F60.3',
];
const CHANNELS = [
  'office',
  'office',
  'office',
  'home-visit',
  'home-visit',
  'phone',
  'phone',
  'street-outreach',
  'video',
  'walk-and-talk',
  'drop-in',
];
const TOPICS = [
  'health',
  'mental-health',
  'substance-use',
  'medication',
  'housing',
  'finances',
  'work-and-activity',
  'family-and-network',
  'infection-control',
  'legal',
  'practical-help',
];
const NOTES = [
  'Samtale om bosituasjonen, avtalt ny time.',
  'Fulgt til fastlegen.',
  'Hjelp med søknad til NAV.',
  'Snakket om rusbruken siste uke; ønsker å redusere.',
  'Møtte ikke, sendt SMS.',
  'Gåtur og samtale, god dag.',
];

const RELATIONSHIPS = [
  'mother',
  'father',
  'sibling',
  'partner',
  'child',
  'friend',
  'other-relative',
];
const WARNING_SIGNS = [
  'Slutter å svare på telefon',
  'Sover lite',
  'Isolerer seg',
  'Økt rusbruk',
  'Snakker om å gi opp',
];
const WHAT_HELPS = [
  'Gå en tur sammen',
  'Ringe søsteren',
  'Komme innom værestedet',
  'Samtale med fastkontakten',
];

const phone = (random: Random) => `${random.pick(['4', '9'])}${random.int(1_000_000, 9_999_999)}`;

function outcome(random: Random): string {
  const point = random.next();
  if (point < 0.78) return 'attended';
  if (point < 0.9) return 'no-show';
  return point < 0.96 ? 'cancelled-by-client' : 'cancelled-by-service';
}

/**
 * A client's record beyond registration: vulnerability flags, clinical profile, vedtak and a
 * year of encounters (`contacts` of them, spread over the last 365 days the client was in care).
 */
export async function writeHistory(
  writer: BulkWriter,
  context: SeedContext,
  client: SeededClient,
  contacts: number,
): Promise<void> {
  const { tenant } = context;
  const random = context.random(`history:${client.index}`);
  const author = (r: Random) =>
    client.backupContact && r.chance(0.2)
      ? client.backupContact.subject
      : client.primaryContact.subject;

  if (random.chance(0.15)) {
    for (const [position, code] of random.sample(FLAGS, random.int(1, 2)).entries()) {
      const set = context.day(-random.int(0, client.sinceDays));
      await writer.add(VULNERABILITY_FLAG, [
        context.uuid('flag', client.index, position),
        tenant,
        client.id,
        code,
        null,
        author(random),
        context.at(set, 90),
      ]);
    }
  }

  if (random.chance(0.6)) {
    const diagnoses = random.chance(0.5) ? random.sample(DIAGNOSES, random.int(1, 2)) : [];
    await writer.add(CLINICAL_PROFILE, [
      client.id,
      tenant,
      random.sample(SUBSTANCES, random.int(1, 2)),
      random.chance(0.5) ? random.chance(0.4) : null,
      diagnoses,
      diagnoses.length > 0 ? 'Samhandling med spesialisthelsetjenesten' : null,
      1,
      client.primaryContact.subject,
      context.at(client.since, 120),
    ]);
  }

  // Next of kin for about half, a crisis plan made with one in eight.
  const relatives = random.chance(0.5) ? random.int(1, 2) : 0;
  for (let position = 0; position < relatives; position += 1) {
    await writer.add(RELATIVE, [
      context.uuid('relative', client.index, position),
      tenant,
      client.id,
      `${random.pick(GIVEN_NAMES)} ${random.pick(FAMILY_NAMES)}`,
      random.pick(RELATIONSHIPS),
      position === 0 ? ['next-of-kin', 'emergency-contact'] : ['trusted-person'],
      phone(random),
      null,
      null,
      1,
      client.primaryContact.subject,
      context.at(client.since, 200),
    ]);
  }
  if (random.chance(0.125)) {
    await writer.add(CRISIS_PLAN, [
      client.id,
      tenant,
      random.sample(WARNING_SIGNS, random.int(1, 3)),
      random.sample(WHAT_HELPS, random.int(1, 2)),
      [
        {
          name: `${random.pick(GIVEN_NAMES)} ${random.pick(FAMILY_NAMES)}`,
          relation: 'søster',
          phone: phone(random),
        },
      ],
      random.chance(0.9),
      1,
      client.primaryContact.subject,
      context.at(client.since, 240),
    ]);
  }

  let vedtakId: string | null = null;
  const main = client.services[0];
  if (main && random.chance(0.7)) {
    vedtakId = context.uuid('vedtak', client.index);
    await writer.add(VEDTAK, [
      vedtakId,
      tenant,
      client.id,
      `${context.today.slice(0, 4)}/${String(client.index + 1).padStart(6, '0')}`,
      main.name,
      random.pick([30, 60, 90, 120, 180, 240, 480]),
      client.since,
      client.since,
      random.chance(0.5) ? context.day(random.int(30, 365)) : null,
      client.primaryContact.subject,
      context.at(client.since, 180),
    ]);
  }

  // A year of contacts, or the part of it the client was in care.
  const firstDay = Math.min(365, client.sinceDays);
  const lastDay = Math.max(1, client.endedDays);
  for (let position = 0; position < contacts; position += 1) {
    const r = context.random(`encounter:${client.index}:${position}`);
    const daysAgo = r.int(lastDay, Math.max(lastDay, firstDay));
    const occurred = context.at(context.day(-daysAgo), r.int(60, 540));
    const result = outcome(r);
    const service = client.services.length > 0 ? r.pick(client.services) : undefined;
    await writer.add(ENCOUNTER, [
      context.uuid('encounter', client.index, position),
      tenant,
      client.id,
      occurred,
      r.pick(CHANNELS),
      result,
      result === 'attended' ? r.pick([15, 30, 45, 45, 60, 60, 90]) : null,
      result === 'attended' ? r.sample(TOPICS, r.int(1, 3)) : [],
      r.chance(0.3) ? r.pick(NOTES) : null,
      vedtakId && r.chance(0.6) ? vedtakId : null,
      position === 0 && client.sinceDays <= 365,
      author(r),
      new Date(occurred.getTime() + r.int(5, 600) * 60_000),
      service?.id ?? null,
    ]);
  }
}
