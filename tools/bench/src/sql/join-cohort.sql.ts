import { randomUUID } from 'node:crypto';
import type { BenchContext } from '../scenarios/scenario';
import type { Join } from '../scenarios/join-cohort';
import type { SqlUnit } from '../load/sql-load';
import { assertCareRelation, callerOf, claimIdempotencyKey, run, transaction } from './statements';

/** Join: lock the group, the care relation, not a member yet, a cohort with a free seat, the membership, the claim with its audit row (one statement). */
export function joinCohortUnit(context: BenchContext, join: Join): SqlUnit {
  const caller = callerOf(context.tenant, join.staff);
  const id = randomUUID();
  return (client) =>
    transaction(client, async () => {
      const locked = await run(
        client,
        'lock-group',
        'SELECT id, capacity, schedule FROM groups.activity_group WHERE tenant_id = $1 AND id = $2 FOR UPDATE',
        [context.tenant, join.groupId],
      );
      if (locked.length !== 1) throw new Error(`group ${join.groupId} not found`);
      await assertCareRelation(client, caller, join.clientId, context.today);
      const current = await run(
        client,
        'current-membership',
        `SELECT id FROM groups.membership WHERE tenant_id = $1 AND group_id = $2 AND client_id = $3 AND status <> 'left'`,
        [context.tenant, join.groupId, join.clientId],
      );
      if (current.length > 0) throw new Error(`${join.clientId} is already in ${join.groupId}`);
      const [cohort] = await run<{ id: string }>(
        client,
        'free-cohort',
        `SELECT c.id FROM groups.cohort c
          WHERE c.tenant_id = $1 AND c.group_id = $2 AND c.status = 'active'
            AND (SELECT count(*) FROM groups.membership m
                  WHERE m.tenant_id = c.tenant_id AND m.cohort_id = c.id AND m.status = 'active') < c.max_size
          ORDER BY c.created_at, c.id LIMIT 1`,
        [context.tenant, join.groupId],
      );
      if (!cohort) throw new Error(`group ${join.groupId} is full`);
      await run(
        client,
        'insert-membership',
        `INSERT INTO groups.membership (id, tenant_id, group_id, client_id, status, cohort_id, preferred_weekday,
                preferred_start_time, joined_at, waitlisted_at, left_at, version)
         VALUES ($1, $2, $3, $4, 'active', $5, NULL, NULL, now(), NULL, NULL, 1)`,
        [id, context.tenant, join.groupId, join.clientId, cohort.id],
      );
      await claimIdempotencyKey(
        client,
        caller,
        randomUUID(),
        { status: 201, body: { id, clientId: join.clientId } },
        {
          action: 'create',
          resourceType: 'group-membership',
          resourceId: id,
          clientIds: [join.clientId],
          reason: 'joined a cohort',
        },
      );
    });
}
