import { randomUUID } from 'node:crypto';
import { inBatches } from '../fixtures/in-batches';
import type { StaffWithToken } from '../fixtures/staff';
import { joinCohortUnit } from '../sql/join-cohort.sql';
import { json, type BenchContext, type Scenario } from './scenario';

const COHORTS_PER_GROUP = 5;
const COHORT_SIZE = 100;
const MONDAY_10 = { weekday: 'monday', startTime: '10:00' };

export interface Join {
  staff: StaffWithToken;
  groupId: string;
  clientId: string;
}

/**
 * POST /v1/groups/{id}/members: a client in the caller's reach takes a free seat. The bench
 * first makes its own groups through the API (5 cohorts of 100 each, all seats free), so every
 * join is seated; consecutive joins go to different groups (each join locks its group), and a
 * client joins a group at most once.
 */
export function joinCohortScenario(context: BenchContext, groups: number): Scenario {
  let groupIds: string[] = [];
  let sequence = 0;
  // A client followed by two staff members is in two pairs: take each client once, or the
  // second pair's join of the same group is a 409 already-member.
  const seen = new Set<string>();
  const joiners = context.pairs.filter(({ clientId }) => !seen.has(clientId) && seen.add(clientId));
  const next = (): Join => {
    const index = sequence;
    sequence += 1;
    const groupId = groupIds[index % groupIds.length];
    const member = Math.floor(index / groupIds.length);
    const pair = joiners[member];
    if (!groupId || !pair || member >= COHORTS_PER_GROUP * COHORT_SIZE)
      throw new Error('join: out of seats');
    return { staff: pair.staff, groupId, clientId: pair.clientId };
  };
  const scenario: Scenario = {
    id: 'join',
    title: 'join a cohort',
    sqlWork:
      'the group locked FOR UPDATE, care relation, the client’s current membership, a cohort with a free seat, the membership INSERT, the idempotency claim with the audit INSERT as its CTE, in one transaction',
    prepare: async () => {
      const [staff] = context.staff;
      const service =
        context.summary.services.find((candidate) => candidate.category === 'activity') ??
        context.summary.services[0];
      if (!staff || !service) throw new Error('join: the seed has no staff or service');
      groupIds = await inBatches(
        Array.from({ length: groups }, (_, i) => i),
        8,
        async (i) => {
          const group = await context.api.expect<{ id: string }>(
            201,
            'POST',
            '/v1/groups',
            staff.token,
            {
              serviceId: service.id,
              name: `Benkgruppe ${i + 1}`,
              locationKind: 'indoor',
              capacity: COHORTS_PER_GROUP * COHORT_SIZE,
              schedule: [{ ...MONDAY_10, durationMinutes: 90, maxCohorts: COHORTS_PER_GROUP }],
            },
          );
          for (let c = 0; c < COHORTS_PER_GROUP; c += 1) {
            await context.api.expect(201, 'POST', `/v1/groups/${group.id}/cohorts`, staff.token, {
              slot: MONDAY_10,
              maxSize: COHORT_SIZE,
            });
          }
          return group.id;
        },
      );
      scenario.note = `${groupIds.length} groups made for the bench, ${COHORTS_PER_GROUP} cohorts of ${COHORT_SIZE} each`;
    },
    nextCall: () => {
      const join = next();
      return {
        method: 'POST',
        path: `/v1/groups/${join.groupId}/members`,
        headers: { authorization: join.staff.token, 'idempotency-key': randomUUID() },
        body: { clientId: join.clientId },
        check: (status, body) => {
          const membership = json(body);
          return (
            status === 201 &&
            membership['clientId'] === join.clientId &&
            membership['status'] === 'active'
          );
        },
      };
    },
    nextUnit: () => joinCohortUnit(context, next()),
  };
  return scenario;
}
