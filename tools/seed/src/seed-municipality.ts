import { Client } from 'pg';
// The generator fills the API's own database, so it runs the API's migration runner first:
// the one place this tool imports the application.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { migrateAsOwner } from '../../../apps/api/src/database/migrate';
import { BulkWriter } from './bulk-writer';
import { writeClient, type SeededClient } from './clients';
import { CONSENT_RECIPIENTS, writeConsent, type SeededConsent } from './consents';
import { writeGroups, type GroupWithFreeSeat } from './groups';
import { writeHistory } from './history';
import { larDispensers, writeLar, type SeededPrescription } from './lar';
import { writeOrganisation, type Organisation, type SeededStaffMember } from './organisation';
import { startProgress } from './progress';
import { SeedContext } from './seed-context';
import { TABLES } from './tables';

export interface SeedOptions {
  /** The owner login (it runs migrations and writes past row-level security). */
  databaseUrl: string;
  /** The municipality number, four digits. */
  tenant: string;
  clients: number;
  staff: number;
  groups: number;
  contactsPerClient: number;
  seed: number;
  /** A progress bar on a terminal, plain lines otherwise; default off. */
  progress?: boolean;
  /** The day the history runs up to (YYYY-MM-DD, Oslo); default today. Fix it for identical data. */
  today?: string;
}

/** A staff member as a token for them needs it, with clients they can read. */
export interface SampleStaff {
  id: string;
  subject: string;
  name: string;
  teamIds: string[];
  roles: string[];
  competencies: string[];
  onDuty: boolean;
  /** Clients they are primary or back-up contact for (care relation by contact), at most 50. */
  followedClientIds: string[];
}

export interface SeedSummary {
  tenant: string;
  seed: number;
  today: string;
  seconds: number;
  /** Rows written per table (schema.table). */
  rows: Record<string, number>;
  /** Up to 50 staff members, team leads first, each with clients they follow. */
  staff: SampleStaff[];
  /** Family names and aliases in the register: a search for one finds clients. */
  clientNames: string[];
  /** Every service, with its team. */
  services: { id: string; name: string; teamId: string; category: string }[];
  /** The LAR service, a prescription at its centre, and a staff member who may dispense it. */
  lar:
    | {
        serviceId: string;
        teamId: string;
        prescriptionId: string;
        clientId: string;
        /** Dispensings run up to yesterday: today's dose is still to be given. */
        dispenser: SampleStaff;
      }
    | undefined;
  /** A cohort with a free seat, a client who could take it, and a staff member of its team. */
  groupWithFreeSeat: (GroupWithFreeSeat & { staff: SampleStaff }) | undefined;
  /** A client with an active consent (contact details for crisis contact, and more) and who follows them. */
  consentEligible:
    | {
        clientId: string;
        consentId: string;
        categories: string[];
        purposes: string[];
        recipient: (typeof CONSENT_RECIPIENTS)[number];
        staff: SampleStaff;
      }
    | undefined;
}

const SAMPLE_STAFF = 50;
const SAMPLE_CLIENTS_PER_STAFF = 50;

/** Fills an empty municipality with a realistic register; refuses a tenant that has clients. */
export async function seedMunicipality(options: SeedOptions): Promise<SeedSummary> {
  validate(options);
  const started = performance.now();
  await migrateAsOwner(options.databaseUrl);
  const today = options.today ?? osloToday();
  const context = new SeedContext(options.tenant, options.seed, today);
  const client = new Client({
    connectionString: options.databaseUrl,
    application_name: 'lavterskel-seed',
  });
  await client.connect();
  const mode = !options.progress ? 'off' : process.stderr.isTTY ? 'bar' : 'lines';
  const progress = startProgress(options.clients + options.groups, mode);
  try {
    await client.query('BEGIN');
    // Owners bypass row-level security; set the tenant anyway, should the policies be forced.
    await client.query(`SELECT set_config('app.tenant', $1, true)`, [options.tenant]);
    const existing = await client.query<{ count: string }>(
      'SELECT count(*) FROM clients.client WHERE tenant_id = $1',
      [options.tenant],
    );
    if (Number(existing.rows[0]?.count ?? 0) > 0) {
      throw new Error(`municipality ${options.tenant} already has clients: seed an empty one`);
    }
    const writer = new BulkWriter(client, TABLES);
    const organisation = await writeOrganisation(writer, context, options.staff);
    const followed = new Map<string, string[]>();
    const names = new Set<string>();
    const usedNationalIds = new Set<string>();
    const roster = new Map<string, string[]>(organisation.services.map((s) => [s.id, []]));
    let prescription: SeededPrescription | undefined;
    let consent: { consent: SeededConsent; client: SeededClient } | undefined;
    for (let index = 0; index < options.clients; index += 1) {
      const seeded = await writeClient(writer, context, organisation, index, usedNationalIds);
      await writeHistory(writer, context, seeded, options.contactsPerClient);
      const written = await writeLar(writer, context, organisation, seeded);
      if (written?.place === 'centre') prescription ??= written;
      const consented = await writeConsent(writer, context, seeded);
      if (consented && seeded.identified) consent ??= { consent: consented, client: seeded };
      noteFollowed(followed, seeded);
      if (seeded.status === 'active') {
        for (const service of seeded.services) roster.get(service.id)?.push(seeded.id);
      }
      names.add(seeded.searchName);
      if (index % 500 === 0) progress.update(index, 'clients and their year');
    }
    const group = await writeGroups(
      writer,
      context,
      organisation,
      roster,
      options.groups,
      (done) => {
        if (done % 50 === 0)
          progress.update(options.clients + done, 'groups, cohorts and sessions');
      },
    );
    await writer.flush();
    progress.update(options.clients + options.groups, 'committing');
    await client.query('COMMIT');
    progress.stop();
    await client.query('ANALYZE');
    return {
      tenant: options.tenant,
      seed: options.seed,
      today,
      seconds: (performance.now() - started) / 1000,
      rows: writer.rows,
      staff: sampleStaff(organisation.staff.slice(0, SAMPLE_STAFF), followed),
      clientNames: [...names].sort(),
      services: organisation.services.map(({ id, name, teamId, category }) => ({
        id,
        name,
        teamId,
        category,
      })),
      lar: prescription && larSample(organisation, prescription, followed),
      groupWithFreeSeat: group && {
        ...group,
        staff: sampleStaff(
          organisation.staffByTeam.get(group.teamId) ?? [],
          followed,
        )[0] as SampleStaff,
      },
      consentEligible: consent && {
        clientId: consent.consent.clientId,
        consentId: consent.consent.id,
        categories: [...consent.consent.categories],
        purposes: [...consent.consent.purposes],
        recipient: consent.consent.recipient,
        staff: sampleStaff([consent.client.primaryContact], followed)[0] as SampleStaff,
      },
    };
  } catch (error) {
    progress.stop();
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

function noteFollowed(followed: Map<string, string[]>, client: SeededClient): void {
  for (const contact of [client.primaryContact, client.backupContact]) {
    if (!contact) continue;
    const ids = followed.get(contact.subject) ?? [];
    if (ids.length < SAMPLE_CLIENTS_PER_STAFF) ids.push(client.id);
    followed.set(contact.subject, ids);
  }
}

function sampleStaff(
  staff: readonly SeededStaffMember[],
  followed: ReadonlyMap<string, string[]>,
): SampleStaff[] {
  return staff.map((member) => ({
    id: member.id,
    subject: member.subject,
    name: member.name,
    teamIds: [...member.teamIds],
    roles: [...member.roles],
    competencies: [...member.competencies],
    onDuty: member.onDuty,
    followedClientIds: followed.get(member.subject) ?? [],
  }));
}

function larSample(
  organisation: Organisation,
  prescription: SeededPrescription,
  followed: ReadonlyMap<string, string[]>,
): SeedSummary['lar'] {
  const service = organisation.services.find(
    (candidate) => candidate.id === prescription.serviceId,
  );
  if (!service) return undefined;
  return {
    serviceId: service.id,
    teamId: service.teamId,
    prescriptionId: prescription.id,
    clientId: prescription.clientId,
    dispenser: sampleStaff(
      larDispensers(organisation, service).slice(0, 1),
      followed,
    )[0] as SampleStaff,
  };
}

function validate(options: SeedOptions): void {
  if (!/^[0-9]{4}$/.test(options.tenant))
    throw new Error('tenant must be a four-digit municipality number');
  for (const key of ['clients', 'staff', 'groups', 'contactsPerClient', 'seed'] as const) {
    if (!Number.isInteger(options[key]) || options[key] < 0) {
      throw new Error(`${key} must be a whole number ≥ 0`);
    }
  }
  if (options.staff < 10) throw new Error('staff must be at least 10 (one per team)');
  if (options.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.today)) {
    throw new Error('today must be a date, YYYY-MM-DD');
  }
}

function osloToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(new Date());
}
