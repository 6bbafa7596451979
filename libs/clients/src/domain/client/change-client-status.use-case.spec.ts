import { pseudonymousClientDetails } from '../testing/client-details.builder';
import { inMemoryClients, staffActor } from '../testing/in-memory-clients';
import { ChangeClientStatus } from './change-client-status.use-case';
import { ListStatusHistory } from './list-status-history.use-case';
import { RegisterClient } from './register-client.use-case';

describe('ChangeClientStatus (CL-3)', () => {
  const anne = staffActor('nurse-anne');

  it('walks the lifecycle and keeps the history, newest first', async () => {
    const deps = inMemoryClients();
    const change = new ChangeClientStatus(deps);
    const client = await new RegisterClient(deps).execute({
      actor: anne,
      details: pseudonymousClientDetails(),
    });
    await change.execute({ actor: anne, clientId: client.id, expectedVersion: 1, to: 'active' });
    await change.execute({
      actor: anne,
      clientId: client.id,
      expectedVersion: 2,
      to: 'paused',
      reason: 'Inpatient treatment at TSB',
    });
    const history = await new ListStatusHistory(deps).execute({
      actor: anne,
      clientId: client.id,
      page: {},
    });
    expect(history.items.map(({ from, to, reason }) => ({ from, to, reason }))).toEqual([
      { from: 'active', to: 'paused', reason: 'Inpatient treatment at TSB' },
      { from: 'applicant', to: 'active', reason: null },
      { from: null, to: 'applicant', reason: null },
    ]);
  });

  it('refuses an illegal transition with the allowed ones, changing nothing', async () => {
    const deps = inMemoryClients();
    const client = await new RegisterClient(deps).execute({
      actor: anne,
      details: pseudonymousClientDetails(),
    });
    await expect(
      new ChangeClientStatus(deps).execute({
        actor: anne,
        clientId: client.id,
        expectedVersion: 1,
        to: 'paused',
      }),
    ).rejects.toMatchObject({
      code: 'clients.illegal-status-transition',
      details: { allowedTransitions: ['active', 'discharged'] },
    });
    expect(deps.clients.statusChanges).toHaveLength(1);
    expect((await deps.clients.find(anne.tenantId, client.id))?.version).toBe(1);
  });
});
