import {
  identifiedClientDetails,
  pseudonymousClientDetails,
} from '../testing/client-details.builder';
import { inMemoryClients, staffActor } from '../testing/in-memory-clients';
import { GetClient } from './get-client.use-case';
import { RegisterClient } from './register-client.use-case';

describe('RegisterClient (CL-1)', () => {
  const anne = staffActor('nurse-anne');

  it('registers an applicant whose primary contact is the registering staff member, who can then open the record', async () => {
    const deps = inMemoryClients();
    const client = await new RegisterClient(deps).execute({
      actor: anne,
      details: identifiedClientDetails(),
    });
    expect(client).toMatchObject({
      status: 'applicant',
      primaryContact: 'nurse-anne',
      backupContact: null,
      version: 1,
      nationalIdKind: 'fodselsnummer',
    });
    expect(deps.clients.statusChanges).toEqual([
      expect.objectContaining({
        clientId: client.id,
        from: null,
        to: 'applicant',
        changedBy: 'nurse-anne',
      }),
    ]);
    await expect(
      new GetClient(deps).execute({ actor: anne, clientId: client.id }),
    ).resolves.toMatchObject({ id: client.id });
    expect(deps.auditEntries.map((entry) => entry.action)).toEqual(['create', 'read']);
  });

  it('registers a pseudonymous client with another primary and a back-up contact', async () => {
    const deps = inMemoryClients();
    const client = await new RegisterClient(deps).execute({
      actor: anne,
      details: pseudonymousClientDetails(),
      primaryContact: 'nurse-ola',
      backupContact: 'nurse-anne',
    });
    expect(client).toMatchObject({
      nationalId: null,
      nationalIdKind: null,
      alias: 'Fjellreven',
      primaryContact: 'nurse-ola',
      backupContact: 'nurse-anne',
    });
  });

  it('sets the no-phone vulnerability flag, by whom and when', async () => {
    const deps = inMemoryClients();
    const client = await new RegisterClient(deps).execute({
      actor: anne,
      details: pseudonymousClientDetails(),
      noPhone: true,
    });
    expect(client.vulnerabilityFlags).toEqual(['no-phone']);
    expect(await deps.vulnerabilityFlags.active(anne.tenantId, client.id)).toEqual([
      expect.objectContaining({ code: 'no-phone', setBy: 'nurse-anne', setAt: deps.clock.now() }),
    ]);
  });

  it('refuses invalid details and a back-up equal to the primary, all at once, saving nothing', async () => {
    const deps = inMemoryClients();
    const attempt = new RegisterClient(deps).execute({
      actor: anne,
      details: identifiedClientDetails({ nationalId: '12345678901', birthDate: '2030-01-01' }),
      backupContact: 'nurse-anne',
    });
    await expect(attempt).rejects.toMatchObject({
      code: 'clients.invalid-input',
      violations: [
        expect.objectContaining({ field: 'nationalId' }),
        expect.objectContaining({ field: 'birthDate', rule: 'not-in-future' }),
        expect.objectContaining({ field: 'backupContact', rule: 'differs-from-primary' }),
      ],
    });
    expect(deps.clients.clients.size).toBe(0);
  });

  it('refuses a second client with the same national id, naming the first only to those who may see it', async () => {
    const deps = inMemoryClients();
    const details = identifiedClientDetails();
    const first = await new RegisterClient(deps).execute({ actor: anne, details });
    await expect(new RegisterClient(deps).execute({ actor: anne, details })).rejects.toMatchObject({
      code: 'clients.national-id-taken',
      details: { existingClientId: first.id },
    });
    const stranger = staffActor('nurse-per');
    const refused = new RegisterClient(deps).execute({ actor: stranger, details });
    await expect(refused).rejects.toMatchObject({ code: 'clients.national-id-taken', details: {} });
    // Another municipality is another register.
    const oslo = staffActor('nurse-oslo', { tenantId: '0301' as never });
    await expect(new RegisterClient(deps).execute({ actor: oslo, details })).resolves.toMatchObject(
      { tenantId: '0301' },
    );
  });
});
