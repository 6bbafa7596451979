import { identifiedClientDetails } from '../testing/client-details.builder';
import { inMemoryClients, staffActor } from '../testing/in-memory-clients';
import { RegisterClient } from './register-client.use-case';
import { UpdateClient } from './update-client.use-case';

describe('UpdateClient (CL-1)', () => {
  const anne = staffActor('nurse-anne');

  async function registered() {
    const deps = inMemoryClients();
    const client = await new RegisterClient(deps).execute({
      actor: anne,
      details: identifiedClientDetails({ alias: 'Kaja' }),
    });
    return { deps, client };
  }

  it('changes the given fields, clears those sent as null, and moves to the next version', async () => {
    const { deps, client } = await registered();
    const updated = await new UpdateClient(deps).execute({
      actor: anne,
      clientId: client.id,
      expectedVersion: 1,
      changes: {
        preferredLanguage: 'ti',
        interpreterNeeded: true,
        alias: null,
        familyName: undefined,
      },
    });
    expect(updated).toMatchObject({
      version: 2,
      preferredLanguage: 'ti',
      interpreterNeeded: true,
      alias: null,
      familyName: client.familyName,
    });
    expect(deps.auditEntries.at(-1)).toMatchObject({
      action: 'update',
      resourceType: 'client',
      clientId: client.id,
    });
  });

  it('refuses a stale version', async () => {
    const { deps, client } = await registered();
    await new UpdateClient(deps).execute({
      actor: anne,
      clientId: client.id,
      expectedVersion: 1,
      changes: { givenName: 'Kari Anne' },
    });
    await expect(
      new UpdateClient(deps).execute({
        actor: anne,
        clientId: client.id,
        expectedVersion: 1,
        changes: { givenName: 'Karianne' },
      }),
    ).rejects.toMatchObject({ code: 'kernel.concurrent-modification' });
  });

  it('keeps the rules: removing the national id needs an alias and birth year', async () => {
    const { deps, client } = await registered();
    await expect(
      new UpdateClient(deps).execute({
        actor: anne,
        clientId: client.id,
        expectedVersion: 1,
        changes: { nationalId: null },
      }),
    ).rejects.toMatchObject({
      violations: [
        expect.objectContaining({ field: 'birthYear', rule: 'required-without-national-id' }),
      ],
    });
  });

  it('refuses a national id another client has', async () => {
    const { deps, client } = await registered();
    const other = await new RegisterClient(deps).execute({
      actor: anne,
      details: identifiedClientDetails(),
    });
    await expect(
      new UpdateClient(deps).execute({
        actor: anne,
        clientId: client.id,
        expectedVersion: 1,
        changes: { nationalId: other.nationalId },
      }),
    ).rejects.toMatchObject({
      code: 'clients.national-id-taken',
      details: { existingClientId: other.id },
    });
  });

  it('answers not-found to staff without a care relation, and lets a break-the-glass reason through', async () => {
    const { deps, client } = await registered();
    const per = staffActor('nurse-per');
    const change = {
      clientId: client.id,
      expectedVersion: 1,
      changes: { interpreterNeeded: true },
    };
    await expect(new UpdateClient(deps).execute({ actor: per, ...change })).rejects.toMatchObject({
      code: 'not-found',
    });
    await expect(
      new UpdateClient(deps).execute({
        actor: per,
        ...change,
        breakGlassReason: 'Client collapsed at the drop-in',
      }),
    ).resolves.toMatchObject({ interpreterNeeded: true });
    expect(deps.auditEntries.filter((entry) => entry.action === 'break-glass')).toHaveLength(1);
  });
});
