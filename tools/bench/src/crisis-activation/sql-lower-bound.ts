// The hand-written SQL lower bound of an activation: the same number of rows inserted into and
// updated in the same tables as the apply wrote, each kind in one statement with the rows made
// by the server (generate_series), in one transaction that is rolled back. Nothing is read
// into the client, nothing is decided: what is left is the cost of the writes themselves.
import type { DataSource, EntityManager } from 'typeorm';

/** Rows of the tables an activation inserts into, for a before/after difference. */
export async function insertedRowCounts(
  dataSource: DataSource,
  tenantId: string,
): Promise<Record<string, number>> {
  const [row] = (await dataSource.query(
    `SELECT
       (SELECT count(*) FROM services.service_mode_change WHERE tenant_id = $1) AS "modeChanges",
       (SELECT count(*) FROM groups.arrangement WHERE tenant_id = $1) AS "arrangements",
       (SELECT count(*) FROM groups.cohort WHERE tenant_id = $1) AS "cohorts",
       (SELECT count(*) FROM groups.arrangement_cohort WHERE tenant_id = $1 AND previous_max_size IS NOT NULL) AS "cohortsResized",
       (SELECT count(*) FROM groups.arrangement_cohort WHERE tenant_id = $1) AS "arrangedCohorts",
       (SELECT count(*) FROM groups.arrangement_member WHERE tenant_id = $1) AS "arrangedMembers",
       (SELECT count(*) FROM crisis.follow_up_tasks WHERE tenant_id = $1) AS "tasks",
       (SELECT count(*) FROM kernel.audit_event WHERE tenant_id = $1) AS "auditRows",
       (SELECT count(*) FROM crisis.level_changes WHERE tenant_id = $1) AS "levelChanges"`,
    [tenantId],
  )) as Record<string, string>[];
  return Object.fromEntries(Object.entries(row ?? {}).map(([key, value]) => [key, Number(value)]));
}

export interface ActivationWrites {
  /** Services switched, with their new modes. */
  switches: readonly { serviceId: string; toMode: string }[];
  arrangements: number;
  cohortsInserted: number;
  cohortsUpdated: number;
  arrangedCohorts: number;
  arrangedMembers: number;
  membersMoved: number;
  membersUnplaced: number;
  groupsUpdated: number;
  tasks: number;
  auditRows: number;
}

/** Runs the writes in one rolled-back transaction; returns the milliseconds they took. */
export async function timeSqlLowerBound(
  dataSource: DataSource,
  tenantId: string,
  writes: ActivationWrites,
): Promise<number> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction();
    const started = performance.now();
    await writeAll(runner.manager, tenantId, writes);
    const ms = performance.now() - started;
    await runner.rollbackTransaction();
    return ms;
  } finally {
    await runner.release();
  }
}

async function writeAll(manager: EntityManager, t: string, w: ActivationWrites): Promise<void> {
  const ids = w.switches.map((change) => change.serviceId);
  const modes = w.switches.map((change) => change.toMode);
  await manager.query(
    `UPDATE services.service s SET mode = v.mode, mode_changed_at = now(), updated_at = now(), version = s.version + 1
     FROM unnest($1::uuid[], $2::varchar[]) AS v(id, mode) WHERE s.id = v.id AND s.tenant_id = $3`,
    [ids, modes, t],
  );
  await manager.query(
    `INSERT INTO services.service_mode_change (id, tenant_id, service_id, from_mode, to_mode, reason, changed_by, changed_at)
     SELECT gen_random_uuid(), $3, v.id, 'open', v.mode, 'crisis level red: bound', 'coordinator', now()
     FROM unnest($1::uuid[], $2::varchar[]) AS v(id, mode)`,
    [ids, modes, t],
  );
  const [arrangement] = (await manager.query(
    `INSERT INTO groups.arrangement (id, tenant_id, reference, max_size, service_ids, status, applied_at, applied_by)
     SELECT gen_random_uuid(), $1::varchar, 'bound:' || gen_random_uuid() || ':' || i, 5, NULL, 'applied', now(), 'coordinator'
     FROM generate_series(1, $2) AS i RETURNING id`,
    [t, w.arrangements],
  )) as { id: string }[];
  const arrangementId = arrangement?.id;
  // Groups in a fixed order, so that the n-th row of every statement is in the same group.
  const groups = `(SELECT array_agg(id ORDER BY id) FROM groups.activity_group WHERE tenant_id = $1::varchar)`;
  await manager.query(
    `INSERT INTO groups.cohort (id, tenant_id, group_id, weekday, start_time, max_size, status, created_at)
     SELECT gen_random_uuid(), $1::varchar, (${groups})[1 + i % $3], 'thursday', '13:00', 5, 'active', now()
     FROM generate_series(0, $2 - 1) AS i`,
    [t, w.cohortsInserted, w.groupsUpdated || 1],
  );
  await manager.query(
    `UPDATE groups.cohort SET max_size = 5
     WHERE id IN (SELECT id FROM groups.cohort WHERE tenant_id = $1::varchar AND max_size > 5 ORDER BY id LIMIT $2)`,
    [t, w.cohortsUpdated],
  );
  await manager.query(
    `INSERT INTO groups.arrangement_cohort (arrangement_id, cohort_id, tenant_id, group_id, previous_max_size, previous_status)
     SELECT $2, id, $1::varchar, group_id, max_size, status FROM groups.cohort WHERE tenant_id = $1::varchar ORDER BY id LIMIT $3`,
    [t, arrangementId, w.arrangedCohorts],
  );
  await manager.query(
    `INSERT INTO groups.arrangement_member (arrangement_id, membership_id, tenant_id, group_id, previous_cohort_id)
     SELECT $2, id, $1::varchar, group_id, cohort_id FROM groups.membership
     WHERE tenant_id = $1::varchar AND status = 'active' ORDER BY id LIMIT $3`,
    [t, arrangementId, w.arrangedMembers],
  );
  // Moved members keep their cohort here (a bound may only be cheaper); the unplaced are waitlisted.
  await manager.query(
    `UPDATE groups.membership m SET
       status = CASE WHEN pick.n <= $3 THEN 'waitlisted' ELSE m.status END,
       cohort_id = CASE WHEN pick.n <= $3 THEN NULL ELSE m.cohort_id END,
       waitlisted_at = CASE WHEN pick.n <= $3 THEN now() ELSE m.waitlisted_at END,
       version = m.version + 1
     FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM groups.membership
           WHERE tenant_id = $1::varchar AND status = 'active' ORDER BY id LIMIT $2) AS pick
     WHERE m.id = pick.id`,
    [t, w.membersMoved + w.membersUnplaced, w.membersUnplaced],
  );
  await manager.query(
    `UPDATE groups.activity_group g SET active_arrangement_id = $2
     WHERE g.id IN (SELECT id FROM groups.activity_group WHERE tenant_id = $1::varchar ORDER BY id LIMIT $3)`,
    [t, arrangementId, w.groupsUpdated],
  );
  const clients = `(SELECT array_agg(id ORDER BY id) FROM clients.client WHERE tenant_id = $1::varchar)`;
  await manager.query(
    `INSERT INTO crisis.follow_up_tasks (id, tenant_id, kind, client_id, service_id, group_id, level_change_id,
       notice_id, description, priority, priority_rank, due, assignee_kind, assignee_subject, assignee_team_id,
       status, outcome, created_by, created_at, updated_at, closed_by, closed_at, version)
     SELECT gen_random_uuid(), $1::varchar, 'service-stopped', c.ids[1 + i % array_length(c.ids, 1)], NULL, NULL,
       gen_random_uuid(), NULL, 'Ring klienten: tjenesten går over til digital oppfølging.', 'routine', 2,
       current_date + 3, 'staff', 'staff-' || lpad((i % 400)::text, 4, '0'), NULL, 'open', NULL,
       'coordinator', now(), now(), NULL, NULL, 1
     FROM generate_series(0, $2 - 1) AS i, (SELECT ${clients} AS ids) AS c`,
    [t, w.tasks],
  );
  await manager.query(
    `INSERT INTO kernel.audit_event (id, tenant_id, occurred_at, actor_subject, actor_roles, action,
       resource_type, resource_id, client_id, reason, request_id)
     SELECT gen_random_uuid(), $1::varchar, now(), 'coordinator', ARRAY['crisis-coordinator'], 'search',
       'enrolment', NULL, c.ids[1 + i % array_length(c.ids, 1)], 'crisis mode: bound', NULL
     FROM generate_series(0, $2 - 1) AS i, (SELECT ${clients} AS ids) AS c`,
    [t, w.auditRows],
  );
  await manager.query(
    `INSERT INTO crisis.level_changes (tenant_id, id, from_level, to_level, plan_id, plan_version, reason,
       guideline_text, guideline_url, requested_by, scheduled_change_id, applied_at, counts, effects)
     VALUES ($1::varchar, gen_random_uuid(), 'normal', 'red', NULL, NULL, 'bound', 'bound', NULL, 'coordinator', NULL,
       now(), '{}', '{}')`,
    [t],
  );
  await manager.query(
    `INSERT INTO crisis.crisis_state (tenant_id, level, plan_id, plan_version, level_change_id, since, version)
     VALUES ($1::varchar, 'red', NULL, NULL, NULL, now(), 1)
     ON CONFLICT (tenant_id) DO UPDATE SET level = 'red', version = crisis.crisis_state.version + 1`,
    [t],
  );
}
