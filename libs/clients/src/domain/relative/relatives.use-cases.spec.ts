import { RegisterClient } from '../client/register-client.use-case';
import { pseudonymousClientDetails } from '../testing/client-details.builder';
import { inMemoryClients, staffActor } from '../testing/in-memory-clients';
import { AddRelative } from './add-relative.use-case';
import { ListRelatives } from './list-relatives.use-case';
import { RemoveRelative } from './remove-relative.use-case';
import { UpdateRelative } from './update-relative.use-case';

describe('relatives and trusted persons (CL-9)', () => {
  const anne = staffActor('nurse-anne');
  const eva = {
    name: 'Eva',
    relationship: 'sibling' as const,
    roles: ['next-of-kin' as const, 'contact-tracing' as const],
    phone: '+47 911 11 111',
    email: null,
    note: null,
  };

  it('adds, updates at the version read, lists and removes', async () => {
    const deps = inMemoryClients();
    const client = await new RegisterClient(deps).execute({
      actor: anne,
      details: pseudonymousClientDetails(),
    });
    const added = await new AddRelative(deps).execute({ actor: anne, clientId: client.id, ...eva });
    const updated = await new UpdateRelative(deps).execute({
      actor: anne,
      clientId: client.id,
      relativeId: added.id,
      expectedVersion: 1,
      ...eva,
      email: 'eva@example.org',
    });
    expect(updated).toMatchObject({ version: 2, email: 'eva@example.org' });
    await expect(
      new UpdateRelative(deps).execute({
        actor: anne,
        clientId: client.id,
        relativeId: added.id,
        expectedVersion: 1,
        ...eva,
      }),
    ).rejects.toMatchObject({ code: 'kernel.concurrent-modification' });
    expect(await new ListRelatives(deps).execute({ actor: anne, clientId: client.id })).toEqual([
      updated,
    ]);
    await new RemoveRelative(deps).execute({
      actor: anne,
      clientId: client.id,
      relativeId: added.id,
    });
    await expect(
      new RemoveRelative(deps).execute({ actor: anne, clientId: client.id, relativeId: added.id }),
    ).rejects.toMatchObject({
      code: 'not-found',
    });
  });

  it('refuses a nameless relative, a bad phone and a role twice', async () => {
    const deps = inMemoryClients();
    const client = await new RegisterClient(deps).execute({
      actor: anne,
      details: pseudonymousClientDetails(),
    });
    await expect(
      new AddRelative(deps).execute({
        actor: anne,
        clientId: client.id,
        ...eva,
        name: '',
        phone: 'evening',
        roles: ['next-of-kin', 'next-of-kin'],
      }),
    ).rejects.toMatchObject({
      violations: [
        expect.objectContaining({ field: 'name', rule: 'required' }),
        expect.objectContaining({ field: 'phone', rule: 'phone-number' }),
        expect.objectContaining({ field: 'roles', rule: 'unique-items' }),
      ],
    });
  });
});
