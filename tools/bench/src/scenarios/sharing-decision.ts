import { randomUUID } from 'node:crypto';
import { sharingDecisionUnit } from '../sql/sharing-decision.sql';
import { cycle, json, type BenchContext, type Scenario } from './scenario';

export const LAR_DOCTOR = {
  type: 'role',
  organisationNumber: '983971636',
  role: 'lar-doctor',
  name: 'LAR doctor, DPS',
};

export interface SharingQuestion {
  clientId: string;
  category: string;
  purpose: string;
  recipient: typeof LAR_DOCTOR;
}

/**
 * POST /v1/sharing-decisions: may the LAR status go to the LAR doctor for treatment coordination?
 * Asked about clients with consents on record where the seed has them; permit and deny are both
 * answers (201) — the decision is logged either way.
 */
export function sharingDecisionScenario(context: BenchContext): Scenario {
  let next = cycle(context.pairs);
  const scenario: Scenario = {
    id: 'sharing',
    title: 'sharing decision (consent)',
    sqlWork:
      'care relation, the client’s consents with their current versions, the decision INSERT, the idempotency claim with the audit INSERT as its CTE, in one transaction',
    prepare: async () => {
      const { rows } = await context.owner.query<{ client_id: string }>(
        'SELECT DISTINCT client_id FROM consent.consent WHERE tenant_id = $1 AND client_id = ANY($2::uuid[])',
        [context.tenant, context.pairs.map((pair) => pair.clientId)],
      );
      const consenting = new Set(rows.map((row) => row.client_id));
      const withConsent = context.pairs.filter((pair) => consenting.has(pair.clientId));
      if (withConsent.length >= 20) next = cycle(withConsent);
      scenario.note =
        withConsent.length >= 20
          ? `asked about ${withConsent.length} clients with consents on record`
          : 'the seed had too few consents in reach: asked about clients without (answer: deny)';
    },
    nextCall: () => {
      const { staff, clientId } = next();
      return {
        method: 'POST',
        path: '/v1/sharing-decisions',
        headers: { authorization: staff.token, 'idempotency-key': randomUUID() },
        body: question(clientId),
        check: (status, body) => {
          const decision = json(body);
          return (
            status === 201 &&
            decision['clientId'] === clientId &&
            ['permit', 'deny'].includes(decision['outcome'] as string)
          );
        },
      };
    },
    nextUnit: () => {
      const { staff, clientId } = next();
      return sharingDecisionUnit(context, staff, question(clientId));
    },
  };
  return scenario;
}

function question(clientId: string): SharingQuestion {
  return {
    clientId,
    category: 'lar-status',
    purpose: 'treatment-coordination',
    recipient: LAR_DOCTOR,
  };
}
