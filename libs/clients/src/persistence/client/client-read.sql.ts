import type { CareRelationsInStatement } from '@lavterskel/kernel';
import type { PreparedStatement } from '@lavterskel/kernel/typeorm';
import { wordPrefixPattern } from './client.mapper';

/**
 * The hot reads of the client register in plain SQL (TypeORM's query building and hydration cost
 * more than these queries). Columns are aliased to the entity's property names, so the rows
 * map like entities.
 */
const SUMMARY_COLUMNS = `c.id, c.given_name AS "givenName", c.family_name AS "familyName", c.alias,
  c.birth_year AS "birthYear", c.status, c.primary_contact AS "primaryContact",
  c.backup_contact AS "backupContact", c.sort_name AS "sortName"`;

const CLIENT_COLUMNS = `c.id, c.tenant_id AS "tenantId", c.national_id AS "nationalId",
  c.national_id_kind AS "nationalIdKind", c.given_name AS "givenName", c.family_name AS "familyName",
  c.alias, c.birth_year AS "birthYear", c.birth_date::text AS "birthDate",
  c.contact_channels AS "contactChannels", c.preferred_language AS "preferredLanguage",
  c.interpreter_needed AS "interpreterNeeded", c.status, c.primary_contact AS "primaryContact",
  c.backup_contact AS "backupContact", c.application_id AS "applicationId", c.version,
  c.created_at AS "createdAt", c.updated_at AS "updatedAt",
  ARRAY(SELECT f.code::text FROM clients.vulnerability_flag f
        WHERE f.tenant_id = c.tenant_id AND f.client_id = c.id AND f.cleared_at IS NULL
        ORDER BY f.code) AS "vulnerabilityFlags",
  (SELECT m.survivor_id FROM clients.client_merge m
    WHERE m.tenant_id = c.tenant_id AND m.merged_client_id = c.id AND m.reversed_at IS NULL)
    AS "mergedInto"`;

/** On alias `c`: a client merged into another (its records live under the survivor) is left out of lists. */
export const NOT_MERGED_AWAY = `NOT EXISTS (SELECT 1 FROM clients.client_merge m
  WHERE m.tenant_id = c.tenant_id AND m.merged_client_id = c.id AND m.reversed_at IS NULL)`;

/** One client with its active vulnerability flags and standing merge: $1 tenant, $2 id. */
export const FIND_CLIENT: PreparedStatement = {
  name: 'clients.find-client',
  text: `SELECT ${CLIENT_COLUMNS} FROM clients.client c WHERE c.tenant_id = $1 AND c.id = $2`,
};

/** Writes audit rows for the rows of `rowsSql` inside a statement (see `AuditLogInStatement`). */
export type AuditInsert = (rowsSql: string, param: (value: unknown) => string) => string;

/**
 * `FIND_CLIENT` with the caller's care relation as column `inCare`, in one statement: $1–$4 the
 * care condition's parameters ($1 the tenant), $5 the id. With `audit`, the access row is written
 * by the same statement for a client in care and not merged away; its values are added to `values`.
 */
export function findClientInCareStatement(
  care: CareRelationsInStatement,
  audit: AuditInsert | undefined,
  values: unknown[],
): PreparedStatement {
  const found = `SELECT ${CLIENT_COLUMNS}, ${care.conditionOn('c.id')} AS "inCare"
    FROM clients.client c WHERE c.tenant_id = $1 AND c.id = $5`;
  if (!audit) return { name: `clients.client-in-care:${care.key}`, text: found };
  const insert = audit(
    `SELECT f.id::text, f.id FROM found f WHERE f."inCare" AND f."mergedInto" IS NULL`,
    (value) => `$${values.push(value)}`,
  );
  return {
    name: `clients.client-in-care:${care.key}:audited`,
    text: `WITH found AS (${found}), audited AS (${insert}) SELECT * FROM found`,
  };
}

/** A caseload page by name (clients merged away left out): $1 tenant, $2 staff, $3 rows; with a cursor $4 sort name, $5 id. */
export function caseloadStatement(afterCursor: boolean): PreparedStatement {
  return {
    name: `clients.caseload${afterCursor ? ':after' : ''}`,
    text: caseloadSql(afterCursor),
  };
}

/**
 * `caseloadStatement` with `audit` writing a row for each client shown (the $3 rows less the
 * one fetched to tell whether a next page exists), the staff member ($2) as resource, in the same
 * statement; its values are added to `values`, after the page's.
 */
export function auditedCaseloadStatement(
  afterCursor: boolean,
  audit: AuditInsert,
  values: unknown[],
): PreparedStatement {
  return {
    name: `clients.caseload:audited${afterCursor ? ':after' : ''}`,
    text: auditedPageSql(caseloadSql(afterCursor), {
      shown: '$3::int - 1',
      resource: '$2::text',
      audit,
      param: (value) => `$${values.push(value)}`,
    }),
  };
}

/**
 * A page by name (`pageSql`, which orders by sort name and id and ends in its LIMIT) with
 * `audit` writing a row for each of the first `shown` rows (the clients shown; the page fetches
 * one more to tell whether a next exists), `resource` as resource id, in the same statement.
 */
export function auditedPageSql(
  pageSql: string,
  options: {
    shown: string;
    resource: string;
    audit: AuditInsert;
    param: (value: unknown) => string;
  },
): string {
  const insert = options.audit(
    `SELECT ${options.resource}, p.id FROM page p ORDER BY p."sortName", p.id LIMIT ${options.shown}`,
    options.param,
  );
  return `WITH page AS (${pageSql}), audited AS (${insert})
      SELECT * FROM page p ORDER BY p."sortName", p.id`;
}

function caseloadSql(afterCursor: boolean): string {
  return `SELECT ${SUMMARY_COLUMNS} FROM clients.client c
      WHERE c.tenant_id = $1 AND (c.primary_contact = $2 OR c.backup_contact = $2)
      AND ${NOT_MERGED_AWAY}
      ${afterCursor ? 'AND (c.sort_name, c.id) > ($4, $5::uuid)' : ''}
      ORDER BY c.sort_name, c.id LIMIT $3`;
}

export interface SearchSql {
  text: string;
  values: unknown[];
}

/** A care-relation condition on `c.id` and its parameters, which become the statement's $1–$4 ($1: the tenant). */
export interface CareCondition {
  condition: string;
  parameters: readonly unknown[];
}

/**
 * A search page by name, a named statement per shape of criteria (the words' values are
 * parameters, so one plan serves every search of that shape). A word
 * is looked up in `client_search_word` (see its migrations), which row-level security lets an
 * index serve. The hits of the longest word are read with the copy of their client's sort name
 * that each word row carries and sorted there, so that the client rows are then walked in page
 * order and only until the page is full: the care relation (`inCare`, need-to-know), the other
 * words (on `search_text`), status and merges are checked on those alone, never on every hit
 * of a common name (issue 12, "Growth"). The page holds only visible clients and is full when
 * there are enough. A client merged away is never listed: its records are under the survivor.
 */
export function searchSql(criteria: {
  tenantId: string;
  nationalId?: string;
  status?: string;
  /** Lower-case words, each of which must begin a word of the client's names. */
  words: readonly string[];
  after?: readonly (string | number)[];
  rows: number;
  /** Need-to-know in the statement: only clients this condition holds for; its parameters are $1–$4. */
  inCare?: CareCondition;
}): SearchSql {
  if (criteria.inCare && criteria.inCare.parameters[0] !== criteria.tenantId)
    throw new Error('the care relation is asked for another municipality than the search');
  const values: unknown[] = criteria.inCare ? [...criteria.inCare.parameters] : [criteria.tenantId];
  const where = ['c.tenant_id = $1'];
  const param = (value: unknown) => `$${values.push(value)}`;
  if (criteria.nationalId !== undefined)
    where.push(`c.national_id = ${param(criteria.nationalId)}`);
  if (criteria.status !== undefined) where.push(`c.status = ${param(criteria.status)}`);
  if (criteria.inCare) where.push(criteria.inCare.condition);
  where.push(NOT_MERGED_AWAY);
  const [sortName, id] = criteria.after ?? [];
  const after = criteria.after && `> (${param(sortName)}, ${param(id)}::uuid)`;
  if (criteria.words.length === 0) {
    if (after) where.push(`(c.sort_name, c.id) ${after}`);
    const limit = param(criteria.rows);
    return {
      text: `SELECT ${SUMMARY_COLUMNS} FROM clients.client c WHERE ${where.join(' AND ')}
      ORDER BY c.sort_name, c.id LIMIT ${limit}`,
      values,
    };
  }
  const at = criteria.words.reduce(
    (best, word, index) => (word.length > (criteria.words[best]?.length ?? 0) ? index : best),
    0,
  );
  const others = criteria.words.filter((_, index) => index !== at);
  if (others.length > 0)
    where.push(`c.search_text LIKE ALL (${param(others.map(wordPrefixPattern))}::text[])`);
  const word = criteria.words[at] ?? '';
  const hitsWhere = ['w.tenant_id = $1', ...prefixRange('w.word', word, param)];
  if (after) hitsWhere.push(`(w.sort_name, w.client_id) ${after}`);
  const limit = param(criteria.rows);
  return {
    text: `SELECT ${SUMMARY_COLUMNS}
      FROM (SELECT DISTINCT w.sort_name, w.client_id FROM clients.client_search_word w
             WHERE ${hitsWhere.join(' AND ')} ORDER BY w.sort_name, w.client_id) hit
      JOIN clients.client c ON c.id = hit.client_id
      WHERE ${where.join(' AND ')}
      ORDER BY hit.sort_name, hit.client_id LIMIT ${limit}`,
    values,
  };
}

/**
 * "`column` begins with `prefix`" as a range on the C-collated word index, which a generic plan
 * of a prepared statement can use as well (`^@` becomes a range only for a literal): every
 * string from `prefix` up to `prefix` with its last code point one higher.
 */
function prefixRange(column: string, prefix: string, param: (value: unknown) => string): string[] {
  const points = [...prefix];
  const last = points.pop()?.codePointAt(0);
  const next = last === undefined ? undefined : last === 0xd7ff ? 0xe000 : last + 1;
  if (next === undefined || next > 0x10ffff) return [`${column} ^@ ${param(prefix)}`];
  const bound = points.join('') + String.fromCodePoint(next);
  return [`${column} >= ${param(prefix)}`, `${column} < ${param(bound)}`];
}

/**
 * Candidate duplicate pairs (CL-1), older registration first: $1 tenant. Clients merged away are
 * left out, and so are pairs of two identified clients. Same birth year (the year of the birth
 * date where no year is given) with a name word sharing its first four letters, or the same
 * phone (last eight digits). The domain's `duplicateReasons` then decides on each pair.
 */
export const POSSIBLE_DUPLICATE_PAIRS: PreparedStatement = {
  name: 'clients.possible-duplicate-pairs',
  text: `WITH live AS (
      SELECT c.id, c.national_id, c.created_at, c.contact_channels,
             coalesce(c.birth_year, extract(year FROM c.birth_date)::int) AS year
        FROM clients.client c
       WHERE c.tenant_id = $1 AND ${NOT_MERGED_AWAY}),
    phones AS (
      SELECT l.id, right(regexp_replace(ch->>'value', '\\D', '', 'g'), 8) AS phone
        FROM live l, jsonb_array_elements(l.contact_channels) ch
       WHERE ch->>'kind' IN ('mobile', 'landline')),
    pairs AS (
      SELECT a.id AS a, b.id AS b FROM live a JOIN live b ON b.year = a.year AND b.id <> a.id
       WHERE EXISTS (SELECT 1 FROM clients.client_search_word wa
                       JOIN clients.client_search_word wb
                         ON wb.tenant_id = $1 AND wb.client_id = b.id AND left(wb.word, 4) = left(wa.word, 4)
                      WHERE wa.tenant_id = $1 AND wa.client_id = a.id)
      UNION
      SELECT pa.id, pb.id FROM phones pa JOIN phones pb ON pb.phone = pa.phone AND pb.id <> pa.id
       WHERE pa.phone <> '')
    SELECT p.a, p.b FROM pairs p JOIN live a ON a.id = p.a JOIN live b ON b.id = p.b
     WHERE (a.national_id IS NULL OR b.national_id IS NULL) AND (a.created_at, a.id) < (b.created_at, b.id)
     ORDER BY a.created_at, a.id, b.created_at, b.id
     LIMIT 500`,
};
