import type { TableSpec } from './bulk-writer';

// The libraries' own tables this generator fills, with the columns it sets, in foreign-key
// order (the writer flushes them in this order). Types are the columns' SQL types.

const table = (name: string, columns: string): TableSpec => ({
  name,
  columns: columns
    .trim()
    .split(/\s*,\s*/)
    .map((column) => {
      const [columnName = '', type = ''] = column.split(/\s+/);
      return [columnName, type] as const;
    }),
});

export const TEAM = table(
  'services.team',
  'id uuid, tenant_id text, name text, created_at timestamptz',
);

export const PARTNER = table(
  'services.partner',
  'id uuid, tenant_id text, name text, kind text, organisation_number text, phone text, email text, created_at timestamptz',
);

export const SERVICE = table(
  'services.service',
  `id uuid, tenant_id text, team_id uuid, name text, category text, location_name text,
   location_address text, opening_hours jsonb, capacity integer, critical boolean,
   required_competencies text[], mode text, mode_changed_at timestamptz, version integer,
   created_at timestamptz, updated_at timestamptz`,
);

export const STAFF_MEMBER = table(
  'services.staff_member',
  'id uuid, tenant_id text, subject text, name text, profession text, created_at timestamptz',
);

export const TEAM_MEMBERSHIP = table(
  'services.team_membership',
  'id uuid, tenant_id text, team_id uuid, staff_id uuid, joined_on date, left_on date',
);

export const COMPETENCY = table(
  'services.competency',
  `id uuid, tenant_id text, staff_id uuid, code text, certified_on date, expires_on date,
   recorded_by text, recorded_at timestamptz`,
);

export const AVAILABILITY_PERIOD = table(
  'services.availability_period',
  `id uuid, tenant_id text, staff_id uuid, status text, from_date date, to_date date,
   partner_id uuid, recorded_by text, recorded_at timestamptz`,
);

export const CLIENT = table(
  'clients.client',
  `id uuid, tenant_id text, national_id text, national_id_kind text, given_name text,
   family_name text, alias text, birth_year smallint, birth_date date, contact_channels jsonb,
   preferred_language text, interpreter_needed boolean, status text, primary_contact text,
   backup_contact text, application_id uuid, sort_name text, search_text text, version integer,
   created_at timestamptz, updated_at timestamptz`,
);

export const CLIENT_STATUS_CHANGE = table(
  'clients.client_status_change',
  `id uuid, tenant_id text, client_id uuid, from_status text, to_status text, reason text,
   changed_by text, changed_at timestamptz`,
);

export const VULNERABILITY_FLAG = table(
  'clients.vulnerability_flag',
  'id uuid, tenant_id text, client_id uuid, code text, note text, set_by text, set_at timestamptz',
);

export const CLINICAL_PROFILE = table(
  'clients.clinical_profile',
  `client_id uuid, tenant_id text, main_substances varchar[], rop boolean, diagnoses varchar[],
   diagnoses_purpose text, version integer, updated_by text, updated_at timestamptz`,
);

export const RELATIVE = table(
  'clients.relative',
  `id uuid, tenant_id text, client_id uuid, name text, relationship text, roles varchar[],
   phone text, email text, note text, version integer, updated_by text, updated_at timestamptz`,
);

export const CRISIS_PLAN = table(
  'clients.crisis_plan',
  `client_id uuid, tenant_id text, warning_signs varchar[], what_helps varchar[], who_to_call jsonb,
   agreed_with_client boolean, version integer, updated_by text, updated_at timestamptz`,
);

export const VEDTAK = table(
  'clients.vedtak',
  `id uuid, tenant_id text, client_id uuid, reference text, service text, minutes_per_week integer,
   decided_on date, valid_from date, valid_to date, recorded_by text, recorded_at timestamptz`,
);

export const ENCOUNTER = table(
  'clients.encounter',
  `id uuid, tenant_id text, client_id uuid, occurred_at timestamptz, channel text, outcome text,
   duration_minutes smallint, topics varchar[], note text, vedtak_id uuid, intake boolean,
   recorded_by text, recorded_at timestamptz, service_id uuid`,
);

export const ENROLMENT = table(
  'services.enrolment',
  `id uuid, tenant_id text, client_id uuid, service_id uuid, started_on date, ended_on date,
   reason text, end_reason text, created_by text, created_at timestamptz, version integer`,
);

export const PRESCRIPTION = table(
  'services.prescription',
  `id uuid, tenant_id text, client_id uuid, service_id uuid, medication text, daily_dose_mg numeric,
   valid_from date, valid_to date, place text, pharmacy_id uuid, prescriber text, created_by text,
   created_at timestamptz`,
);

export const DISPENSING_EVENT = table(
  'services.dispensing_event',
  `id uuid, tenant_id text, prescription_id uuid, client_id uuid, dispensing_date date,
   dispensed_at timestamptz, channel text, dose_mg numeric, dispensed_by text,
   corrects_event_id uuid, voided_at timestamptz, voided_by text, void_reason text,
   created_at timestamptz`,
);

export const CONSENT = table(
  'consent.consent',
  'id uuid, tenant_id text, client_id uuid, granted_at timestamptz',
);

export const CONSENT_VERSION = table(
  'consent.consent_version',
  `tenant_id text, consent_id uuid, version integer, change text, status text, categories text[],
   purposes text[], recipients jsonb, valid_from timestamptz, valid_to timestamptz, method text,
   withdrawal_reason text, recorded_by text, recorded_at timestamptz`,
);

export const ACTIVITY_GROUP = table(
  'groups.activity_group',
  `id uuid, tenant_id text, service_id uuid, name text, location_kind text, capacity integer,
   schedule jsonb, active_arrangement_id uuid, version integer, created_at timestamptz,
   updated_at timestamptz`,
);

export const COHORT = table(
  'groups.cohort',
  `id uuid, tenant_id text, group_id uuid, weekday text, start_time text, max_size integer,
   status text, created_at timestamptz`,
);

export const MEMBERSHIP = table(
  'groups.membership',
  `id uuid, tenant_id text, group_id uuid, client_id uuid, status text, cohort_id uuid,
   preferred_weekday text, preferred_start_time text, joined_at timestamptz,
   waitlisted_at timestamptz, left_at timestamptz, version integer`,
);

export const SESSION = table(
  'groups.session',
  `id uuid, tenant_id text, group_id uuid, cohort_id uuid, session_date date, start_time text,
   duration_minutes integer, created_at timestamptz`,
);

export const ATTENDANCE = table(
  'groups.attendance',
  `id uuid, tenant_id text, session_id uuid, group_id uuid, client_id uuid, status text,
   recorded_at timestamptz, recorded_by text, version integer`,
);

/** Every table, in the order rows must arrive. */
export const TABLES: readonly TableSpec[] = [
  TEAM,
  PARTNER,
  SERVICE,
  STAFF_MEMBER,
  TEAM_MEMBERSHIP,
  COMPETENCY,
  AVAILABILITY_PERIOD,
  CLIENT,
  CLIENT_STATUS_CHANGE,
  VULNERABILITY_FLAG,
  CLINICAL_PROFILE,
  RELATIVE,
  CRISIS_PLAN,
  VEDTAK,
  ENCOUNTER,
  ENROLMENT,
  PRESCRIPTION,
  DISPENSING_EVENT,
  CONSENT,
  CONSENT_VERSION,
  ACTIVITY_GROUP,
  COHORT,
  MEMBERSHIP,
  SESSION,
  ATTENDANCE,
];
