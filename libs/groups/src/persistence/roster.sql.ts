import type { PreparedStatement } from '@lavterskel/kernel/typeorm';

const GROUP_COLUMNS = `g.id, g.tenant_id AS "tenantId", g.service_id AS "serviceId", g.name,
  g.location_kind AS "locationKind", g.capacity, g.schedule,
  g.active_arrangement_id AS "activeArrangementId", g.version, g.created_at AS "createdAt",
  g.updated_at AS "updatedAt"`;

/** One group, columns under the entity's property names: $1 tenant, $2 group. */
export const FIND_GROUP: PreparedStatement = {
  name: 'groups.find-group',
  text: `SELECT ${GROUP_COLUMNS} FROM groups.activity_group g WHERE g.tenant_id = $1 AND g.id = $2`,
};

/** The same, its row locked until the transaction ends: seat changes in a group queue here. */
export const LOCK_GROUP: PreparedStatement = {
  name: 'groups.lock-group',
  text: `${FIND_GROUP.text} FOR UPDATE`,
};

/**
 * A group's cohorts and its active and waitlisted members, as two JSON arrays in one statement
 * (keys: the entities' property names; timestamps as ISO text): $1 tenant, $2 group. Run after
 * the group lock, not in the statement that locks: a statement's snapshot is taken before it
 * waits for the lock, so it would miss the seats the transaction it waited for had taken.
 */
export const ROSTER_OF_GROUP: PreparedStatement = {
  name: 'groups.roster-of-group',
  text: `SELECT
    (SELECT coalesce(json_agg(json_build_object('id', c.id, 'tenantId', c.tenant_id,
        'groupId', c.group_id, 'weekday', c.weekday, 'startTime', c.start_time,
        'maxSize', c.max_size, 'status', c.status, 'createdAt', c.created_at)), '[]')
      FROM groups.cohort c WHERE c.tenant_id = $1 AND c.group_id = $2) AS cohorts,
    (SELECT coalesce(json_agg(json_build_object('id', m.id, 'tenantId', m.tenant_id,
        'groupId', m.group_id, 'clientId', m.client_id, 'status', m.status,
        'cohortId', m.cohort_id, 'preferredWeekday', m.preferred_weekday,
        'preferredStartTime', m.preferred_start_time, 'joinedAt', m.joined_at,
        'waitlistedAt', m.waitlisted_at, 'leftAt', m.left_at, 'version', m.version)), '[]')
      FROM groups.membership m
      WHERE m.tenant_id = $1 AND m.group_id = $2 AND m.status IN ('active', 'waitlisted'))
      AS members`,
};

/** Memberships, one array per column: one statement and one plan for any number of rows. */
export const INSERT_MEMBERSHIPS: PreparedStatement = {
  name: 'groups.insert-memberships',
  text: `INSERT INTO groups.membership (id, tenant_id, group_id, client_id, status, cohort_id,
      preferred_weekday, preferred_start_time, joined_at, waitlisted_at, left_at, version)
    SELECT * FROM unnest($1::uuid[], $2::varchar[], $3::uuid[], $4::uuid[], $5::varchar[],
      $6::uuid[], $7::varchar[], $8::varchar[], $9::timestamptz[], $10::timestamptz[],
      $11::timestamptz[], $12::int[])`,
};
