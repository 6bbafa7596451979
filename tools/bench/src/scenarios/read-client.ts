import { readClientUnit } from '../sql/read-client.sql';
import { cycle, json, type BenchContext, type Scenario } from './scenario';

/** GET /v1/clients/{id} as the client's primary or back-up contact. */
export function readClientScenario(context: BenchContext): Scenario {
  const pair = cycle(context.pairs);
  return {
    id: 'read',
    title: 'read one client',
    sqlWork:
      'one statement: the client with its flags where the care relation holds, and the audit INSERT as a data-modifying CTE (as the API sends it)',
    nextCall: () => {
      const { staff, clientId } = pair();
      return {
        method: 'GET',
        path: `/v1/clients/${clientId}`,
        headers: { authorization: staff.token },
        check: (status, body) => status === 200 && json(body)['id'] === clientId,
      };
    },
    nextUnit: () => {
      const { staff, clientId } = pair();
      return readClientUnit(context, staff, clientId);
    },
  };
}
