import { randomUUID } from 'node:crypto';
import { nationalIdSequence } from '../fixtures/national-ids';
import { registerClientUnit } from '../sql/register-client.sql';
import { cycle, json, type BenchContext, type Scenario } from './scenario';

/** POST /v1/clients: a new identified client each time (unique national id and Idempotency-Key). */
export function registerClientScenario(context: BenchContext): Scenario {
  const staff = cycle(context.staff);
  const nationalId = nationalIdSequence();
  return {
    id: 'register',
    title: 'register a client',
    sqlWork:
      'the national-id lookup, the client INSERT, its first status change, the idempotency claim with the audit INSERT as its CTE, in one transaction',
    nextCall: () => {
      const body = registration(nationalId());
      return {
        method: 'POST',
        path: '/v1/clients',
        headers: { authorization: staff().token, 'idempotency-key': randomUUID() },
        body,
        check: (status, answer) => {
          if (status !== 201) return false;
          const client = json(answer);
          return client['nationalId'] === body.nationalId && typeof client['id'] === 'string';
        },
      };
    },
    nextUnit: () => registerClientUnit(context, staff(), registration(nationalId())),
  };
}

export interface Registration {
  nationalId: string;
  givenName: string;
  familyName: string;
  birthDate: string;
  contactChannels: { kind: string; value: string }[];
  preferredLanguage: string;
}

function registration(nationalId: string): Registration {
  return {
    nationalId,
    givenName: 'Benk',
    familyName: 'Registrertsen',
    birthDate: '1985-03-14',
    contactChannels: [{ kind: 'mobile', value: '+47 912 34 567' }],
    preferredLanguage: 'nb',
  };
}
