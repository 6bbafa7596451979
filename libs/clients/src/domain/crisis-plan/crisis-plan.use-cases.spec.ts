import { RegisterClient } from '../client/register-client.use-case';
import { pseudonymousClientDetails } from '../testing/client-details.builder';
import { inMemoryClients, staffActor } from '../testing/in-memory-clients';
import { CreateCrisisPlan } from './create-crisis-plan.use-case';
import { GetCrisisPlan } from './get-crisis-plan.use-case';
import { UpdateCrisisPlan } from './update-crisis-plan.use-case';

describe('personal crisis plan (CL-8)', () => {
  const anne = staffActor('nurse-anne');
  const plan = {
    warningSigns: ['Stops answering the phone', 'Sells belongings'],
    whatHelps: ['A walk by the river', 'Talking to his sister'],
    whoToCall: [{ name: 'Eva', relation: 'sister', phone: '+47 911 11 111' }],
    agreedWithClient: true,
  };

  it('is made once, read, and replaced only at the version read', async () => {
    const deps = inMemoryClients();
    const client = await new RegisterClient(deps).execute({
      actor: anne,
      details: pseudonymousClientDetails(),
    });
    await expect(
      new GetCrisisPlan(deps).execute({ actor: anne, clientId: client.id }),
    ).rejects.toMatchObject({ code: 'not-found' });
    await new CreateCrisisPlan(deps).execute({ actor: anne, clientId: client.id, ...plan });
    await expect(
      new CreateCrisisPlan(deps).execute({ actor: anne, clientId: client.id, ...plan }),
    ).rejects.toMatchObject({
      code: 'clients.crisis-plan-exists',
    });
    const updated = await new UpdateCrisisPlan(deps).execute({
      actor: anne,
      clientId: client.id,
      ...plan,
      whatHelps: ['Music'],
      expectedVersion: 1,
    });
    expect(updated).toMatchObject({ version: 2, whatHelps: ['Music'] });
    await expect(
      new UpdateCrisisPlan(deps).execute({
        actor: anne,
        clientId: client.id,
        ...plan,
        expectedVersion: 1,
      }),
    ).rejects.toMatchObject({ code: 'kernel.concurrent-modification' });
    expect(
      await new GetCrisisPlan(deps).execute({ actor: anne, clientId: client.id }),
    ).toMatchObject({ version: 2 });
  });

  it('refuses empty items and numbers that cannot be called', async () => {
    const deps = inMemoryClients();
    const client = await new RegisterClient(deps).execute({
      actor: anne,
      details: pseudonymousClientDetails(),
    });
    await expect(
      new CreateCrisisPlan(deps).execute({
        actor: anne,
        clientId: client.id,
        ...plan,
        warningSigns: [' '],
        whoToCall: [{ name: 'Eva', relation: '', phone: 'ask at the kiosk' }],
      }),
    ).rejects.toMatchObject({
      violations: [
        expect.objectContaining({ field: 'warningSigns[0]', rule: 'required' }),
        expect.objectContaining({ field: 'whoToCall[0].relation', rule: 'required' }),
        expect.objectContaining({ field: 'whoToCall[0].phone', rule: 'phone-number' }),
      ],
    });
  });
});
