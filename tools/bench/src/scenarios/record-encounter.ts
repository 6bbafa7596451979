import { randomUUID } from 'node:crypto';
import { recordEncounterUnit } from '../sql/record-encounter.sql';
import { cycle, json, type BenchContext, type Scenario } from './scenario';

/** POST /v1/clients/{id}/encounters: a home visit an hour ago, by the client's contact. */
export function recordEncounterScenario(context: BenchContext): Scenario {
  const pair = cycle(context.pairs);
  return {
    id: 'encounter',
    title: 'record an encounter',
    sqlWork:
      'care relation, the encounter INSERT, the idempotency claim with the audit INSERT as its CTE, in one transaction',
    nextCall: () => {
      const { staff, clientId } = pair();
      return {
        method: 'POST',
        path: `/v1/clients/${clientId}/encounters`,
        headers: { authorization: staff.token, 'idempotency-key': randomUUID() },
        body: encounter(),
        check: (status, body) => status === 201 && json(body)['clientId'] === clientId,
      };
    },
    nextUnit: () => {
      const { staff, clientId } = pair();
      return recordEncounterUnit(context, staff, clientId, encounter());
    },
  };
}

export interface EncounterBody {
  occurredAt: string;
  channel: string;
  outcome: string;
  durationMinutes: number;
  topics: string[];
}

function encounter(): EncounterBody {
  return {
    occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
    channel: 'home-visit',
    outcome: 'attended',
    durationMinutes: 45,
    topics: ['housing'],
  };
}
