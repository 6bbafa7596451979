// A municipality of the size issue 9 names, written by bulk SQL straight into the libraries'
// tables (INSERT … SELECT … FROM generate_series): 50 000 clients would take minutes through
// the use cases. Every value is a function of the seed and the row number, so a run is repeatable.
import type { DataSource } from 'typeorm';

export interface MunicipalitySize {
  teams: number;
  services: number;
  staff: number;
  clients: number;
  groups: number;
}

export const MUNICIPALITY: MunicipalitySize = {
  teams: 30,
  services: 300,
  staff: 400,
  clients: 50_000,
  groups: 2_000,
};

/**
 * Service `i` gets category CATEGORIES[i % 10]: 30 % treatment-follow-up/prevention (remote at
 * red), 40 % activity/work/aftercare (the groups' services, cohorts of 5 at red), the rest
 * low-threshold and housing, where the critical LAR and field-nursing services are.
 */
const CATEGORIES = [
  'treatment-follow-up',
  'treatment-follow-up',
  'prevention',
  'activity',
  'activity',
  'work',
  'aftercare',
  'low-threshold',
  'housing',
  'low-threshold',
];

/** A deterministic uuid for row `i` of `kind`. */
const uuid = (kind: string, i: string) => `md5($1 || ':${kind}:' || ${i})::uuid`;
/** A deterministic number in 0 … n-1 for row `i` of `kind`. */
const pick = (kind: string, i: string, n: number) =>
  `(abs(hashtext($1 || ':${kind}:' || ${i})) % ${n})`;

/** The statements, in foreign-key order; each takes the seed as $1 and the tenant as $2. */
function statements(size: MunicipalitySize): { table: string; sql: string }[] {
  const categories = `(ARRAY[${CATEGORIES.map((c) => `'${c}'`).join(',')}])[i % 10 + 1]`;
  // The activity/work/aftercare services in order: groups are spread over them.
  const groupServices = Array.from({ length: size.services }, (_, i) => i).filter((i) =>
    [3, 4, 5, 6].includes(i % 10),
  );
  const staffSubject = (expression: string) => `'staff-' || lpad((${expression})::text, 4, '0')`;
  return [
    {
      table: 'services.team',
      sql: `INSERT INTO services.team (id, tenant_id, name, created_at)
            SELECT ${uuid('team', 'i')}, $2, 'Team ' || lpad(i::text, 2, '0'), now()
            FROM generate_series(0, ${size.teams - 1}) AS i`,
    },
    {
      table: 'services.partner',
      sql: `INSERT INTO services.partner (id, tenant_id, name, kind, created_at)
            VALUES (${uuid('partner', '0')}, $2, 'Sykehuset Telemark', 'dps', now())`,
    },
    {
      table: 'services.service',
      sql: `INSERT INTO services.service (id, tenant_id, team_id, name, category, location_name,
              location_address, opening_hours, capacity, critical, required_competencies, mode,
              mode_changed_at, version, created_at, updated_at)
            SELECT ${uuid('service', 'i')}, $2, ${uuid('team', `(i % ${size.teams})`)},
              'Tjeneste ' || lpad(i::text, 3, '0'), ${categories}, 'Kontor ' || (i % 12),
              'Gate ' || i, '[{"weekday":1,"opens":"08:00","closes":"15:30"},{"weekday":3,"opens":"08:00","closes":"15:30"}]',
              CASE WHEN i % 4 = 0 THEN 40 END,
              (i % 10 = 7 AND i % 3 = 0) OR (i % 10 = 8 AND i % 4 = 0),
              CASE WHEN i % 10 = 7 AND i % 3 = 0 THEN ARRAY['lar-dispensing']
                   WHEN i % 10 = 8 AND i % 4 = 0 THEN ARRAY['field-nursing']
                   ELSE ARRAY[]::text[] END,
              'open', NULL, 1, now(), now()
            FROM generate_series(0, ${size.services - 1}) AS i`,
    },
    {
      table: 'services.staff_member',
      sql: `INSERT INTO services.staff_member (id, tenant_id, subject, name, profession, created_at)
            SELECT ${uuid('staff', 'i')}, $2, ${staffSubject('i')}, 'Ansatt ' || i,
              (ARRAY['sykepleier','vernepleier','sosionom','miljøterapeut'])[i % 4 + 1], now()
            FROM generate_series(0, ${size.staff - 1}) AS i`,
    },
    {
      // Everyone in one team, every fourth also in the next one.
      table: 'services.team_membership',
      sql: `INSERT INTO services.team_membership (id, tenant_id, team_id, staff_id, joined_on)
            SELECT ${uuid('team-membership', "i || ':' || t")}, $2,
              ${uuid('team', `((i + t) % ${size.teams})`)}, ${uuid('staff', 'i')}, DATE '2024-01-01'
            FROM generate_series(0, ${size.staff - 1}) AS i, generate_series(0, 1) AS t
            WHERE t = 0 OR i % 4 = 0`,
    },
    {
      table: 'services.competency',
      sql: `INSERT INTO services.competency (id, tenant_id, staff_id, code, certified_on, expires_on,
              recorded_by, recorded_at)
            SELECT ${uuid('competency', "i || ':' || code")}, $2, ${uuid('staff', 'i')}, code,
              DATE '2023-01-01', NULL, 'seed', now()
            FROM generate_series(0, ${size.staff - 1}) AS i,
              unnest(ARRAY['lar-dispensing', 'field-nursing']) AS code
            WHERE (code = 'lar-dispensing' AND i % 5 = 0) OR (code = 'field-nursing' AND i % 7 = 0)`,
    },
    {
      // On duty around today; every 13th sick and every 17th lent to the hospital instead.
      table: 'services.availability_period',
      sql: `INSERT INTO services.availability_period (id, tenant_id, staff_id, status, from_date,
              to_date, partner_id, recorded_by, recorded_at)
            SELECT ${uuid('availability', 'i')}, $2, ${uuid('staff', 'i')},
              CASE WHEN i % 13 = 0 THEN 'sick' WHEN i % 17 = 0 THEN 'lent-to-partner' ELSE 'on-duty' END,
              current_date - 30, current_date + 60,
              CASE WHEN i % 13 <> 0 AND i % 17 = 0 THEN ${uuid('partner', '0')} END, 'seed', now()
            FROM generate_series(0, ${size.staff - 1}) AS i`,
    },
    {
      // Two in three identified by fødselsnummer, the rest pseudonymous; one in ten without a phone.
      table: 'clients.client',
      sql: `INSERT INTO clients.client (id, tenant_id, national_id, national_id_kind, given_name,
              family_name, alias, birth_year, birth_date, contact_channels, preferred_language,
              interpreter_needed, status, primary_contact, backup_contact, application_id,
              sort_name, search_text, version, created_at, updated_at)
            SELECT ${uuid('client', 'i')}, $2,
              CASE WHEN i % 3 <> 0 THEN lpad((10000000000 + i)::text, 11, '0') END,
              CASE WHEN i % 3 <> 0 THEN 'fodselsnummer' END,
              CASE WHEN i % 3 <> 0 THEN 'Navn' || i END,
              CASE WHEN i % 3 <> 0 THEN 'Etternavn' || (i % 997) END,
              CASE WHEN i % 3 = 0 THEN 'alias' || i END,
              1950 + i % 55, NULL,
              CASE WHEN i % 10 = 9 THEN '[]'::jsonb
                   ELSE jsonb_build_array(jsonb_build_object('kind', 'mobile', 'value',
                     (40000000 + i)::text, 'note', NULL)) END,
              (ARRAY['nb','nb','nb','nb','nb','nb','ar','ti','so','pl'])[i % 10 + 1],
              i % 10 IN (6, 7, 8),
              'active',
              ${staffSubject(pick('primary', 'i', size.staff))},
              CASE WHEN i % 2 = 0 THEN ${staffSubject(`(${pick('primary', 'i', size.staff)} + 1) % ${size.staff}`)} END,
              NULL,
              CASE WHEN i % 3 <> 0 THEN 'etternavn' || (i % 997) ELSE 'alias' || i END,
              CASE WHEN i % 3 <> 0 THEN ' navn' || i || ' etternavn' || (i % 997) ELSE ' alias' || i END,
              1, now(), now()
            FROM generate_series(0, ${size.clients - 1}) AS i`,
    },
    {
      // ~15 % flagged; every 20th also marked unreachable by phone.
      table: 'clients.vulnerability_flag',
      sql: `INSERT INTO clients.vulnerability_flag (id, tenant_id, client_id, code, note, set_by, set_at)
            SELECT ${uuid('flag', "i || ':' || code")}, $2, ${uuid('client', 'i')}, code, NULL, 'staff-0001', now()
            FROM (
              SELECT i, (ARRAY['overdose-history','pregnancy','homeless','somatic-risk','violence-risk','language-difficulty'])[i % 6 + 1] AS code
              FROM generate_series(0, ${size.clients - 1}) AS i WHERE i % 7 = 0
              UNION ALL
              SELECT i, 'no-phone' FROM generate_series(0, ${size.clients - 1}) AS i WHERE i % 20 = 19
            ) AS flags`,
    },
    {
      // Each client in 1–3 services; the n-th one 101·n further along, so never twice the same.
      table: 'services.enrolment',
      sql: `INSERT INTO services.enrolment (id, tenant_id, client_id, service_id, started_on, ended_on,
              reason, end_reason, created_by, created_at, version)
            SELECT ${uuid('enrolment', "i || ':' || n")}, $2, ${uuid('client', 'i')},
              ${uuid('service', `((${pick('service', 'i', size.services)} + 101 * n) % ${size.services})`)},
              DATE '2025-01-01', NULL, 'vedtak', NULL, 'seed', now(), 1
            FROM generate_series(0, ${size.clients - 1}) AS i, generate_series(0, 2) AS n
            WHERE n <= ${pick('enrolments', 'i', 3)}`,
    },
    {
      // Two weekly slots of two cohorts each: room for 20 members at cohort size 5.
      table: 'groups.activity_group',
      sql: `INSERT INTO groups.activity_group (id, tenant_id, service_id, name, location_kind, capacity,
              schedule, active_arrangement_id, version, created_at, updated_at)
            SELECT ${uuid('group', 'g')}, $2,
              ${uuid('service', `(ARRAY[${groupServices.join(',')}])[g % ${groupServices.length} + 1]`)},
              'Gruppe ' || lpad(g::text, 4, '0'), (ARRAY['indoor','outdoor'])[g % 2 + 1], 24,
              '[{"weekday":"monday","startTime":"10:00","durationMinutes":90,"maxCohorts":2},
                {"weekday":"thursday","startTime":"13:00","durationMinutes":90,"maxCohorts":2}]',
              NULL, 1, now(), now()
            FROM generate_series(0, ${size.groups - 1}) AS g`,
    },
    {
      // One or two cohorts of 10 or 12.
      table: 'groups.cohort',
      sql: `INSERT INTO groups.cohort (id, tenant_id, group_id, weekday, start_time, max_size, status, created_at)
            SELECT ${uuid('cohort', "g || ':' || c")}, $2, ${uuid('group', 'g')},
              (ARRAY['monday','thursday'])[c + 1], (ARRAY['10:00','13:00'])[c + 1],
              CASE WHEN g % 2 = 0 THEN 12 ELSE 10 END, 'active', now()
            FROM generate_series(0, ${size.groups - 1}) AS g, generate_series(0, 1) AS c
            WHERE c = 0 OR g % 3 <> 0`,
    },
    {
      // 4 … 12 members a cohort; distinct clients within a group (7919 is prime to 50 000).
      table: 'groups.membership',
      sql: `INSERT INTO groups.membership (id, tenant_id, group_id, client_id, status, cohort_id,
              preferred_weekday, preferred_start_time, joined_at, waitlisted_at, left_at, version)
            SELECT ${uuid('membership', "g || ':' || c || ':' || s")}, $2, ${uuid('group', 'g')},
              ${uuid('client', `(((g * 24 + c * 12 + s)::bigint * 7919) % ${size.clients})`)},
              'active', ${uuid('cohort', "g || ':' || c")}, NULL, NULL,
              now() - (g % 300) * interval '1 day', NULL, NULL, 1
            FROM generate_series(0, ${size.groups - 1}) AS g, generate_series(0, 1) AS c,
              generate_series(0, 11) AS s
            WHERE (c = 0 OR g % 3 <> 0)
              AND s < LEAST(CASE WHEN g % 2 = 0 THEN 12 ELSE 10 END, 4 + ${pick('cohort-size', "g || ':' || c", 9)})`,
    },
  ];
}

export interface SeedSummary {
  seconds: number;
  rows: Record<string, number>;
}

/** Fills an empty database with one municipality; returns rows per table. */
export async function seedMunicipality(
  dataSource: DataSource,
  options: { tenantId: string; seed: string; size?: MunicipalitySize },
): Promise<SeedSummary> {
  const started = performance.now();
  const rows: Record<string, number> = {};
  await dataSource.transaction(async (manager) => {
    for (const { table, sql } of statements(options.size ?? MUNICIPALITY)) {
      await manager.query(sql, [options.seed, options.tenantId]);
      const [row] = (await manager.query(`SELECT count(*) FROM ${table} WHERE tenant_id = $1`, [
        options.tenantId,
      ])) as { count: string }[];
      rows[table] = Number(row?.count ?? 0);
    }
  });
  await dataSource.query('ANALYZE');
  return { seconds: (performance.now() - started) / 1000, rows };
}
