import { pseudonymousClientDetails } from '../testing/client-details.builder';
import { inMemoryClients, staffActor } from '../testing/in-memory-clients';
import { GetCaseload } from './get-caseload.use-case';
import { RegisterClient } from './register-client.use-case';

describe('GetCaseload (CL-4)', () => {
  const anne = staffActor('nurse-anne');
  const ola = staffActor('nurse-ola');

  it('lists primary and back-up clients, and who covers while a primary is away', async () => {
    const deps = inMemoryClients();
    const register = new RegisterClient(deps);
    const own = await register.execute({
      actor: anne,
      details: pseudonymousClientDetails({ alias: 'Anna' }),
      backupContact: 'nurse-ola',
    });
    const covered = await register.execute({
      actor: ola,
      details: pseudonymousClientDetails({ alias: 'Bjørn' }),
      backupContact: 'nurse-anne',
    });
    deps.absentStaff.add('nurse-ola');

    const caseload = await new GetCaseload(deps).execute({ actor: anne, page: {} });
    expect(caseload.items).toEqual([
      expect.objectContaining({
        id: own.id,
        role: 'primary',
        primaryAbsent: false,
        backupAbsent: true,
        coveredBy: 'nurse-anne',
      }),
      expect.objectContaining({
        id: covered.id,
        role: 'backup',
        primaryAbsent: true,
        coveredBy: 'nurse-anne',
      }),
    ]);
    expect(deps.auditEntries.at(-1)).toMatchObject({
      action: 'search',
      resourceType: 'caseload',
      resourceId: 'nurse-anne',
      clientIds: [own.id, covered.id],
    });
  });

  it('shows a gap when primary and back-up are both away', async () => {
    const deps = inMemoryClients();
    await new RegisterClient(deps).execute({
      actor: ola,
      details: pseudonymousClientDetails(),
      backupContact: 'nurse-anne',
    });
    deps.absentStaff.add('nurse-ola').add('nurse-anne');
    const caseload = await new GetCaseload(deps).execute({ actor: ola, page: {} });
    expect(caseload.items[0]).toMatchObject({ coveredBy: null });
  });

  it('shows another staff member’s caseload to a lead of one of their teams only', async () => {
    const deps = inMemoryClients();
    await new RegisterClient(deps).execute({ actor: ola, details: pseudonymousClientDetails() });
    deps.staffTeamIds.set('nurse-ola', ['team-a']);
    await expect(
      new GetCaseload(deps).execute({ actor: anne, staff: 'nurse-ola', page: {} }),
    ).rejects.toMatchObject({
      code: 'clients.caseload-forbidden',
    });
    const lead = staffActor('lead-lise', { roles: ['team-lead'], teamIds: ['team-a'] });
    expect(
      (await new GetCaseload(deps).execute({ actor: lead, staff: 'nurse-ola', page: {} })).items,
    ).toHaveLength(1);
    const otherTeamsLead = staffActor('lead-lars', { roles: ['team-lead'], teamIds: ['team-b'] });
    await expect(
      new GetCaseload(deps).execute({ actor: otherTeamsLead, staff: 'nurse-ola', page: {} }),
    ).rejects.toMatchObject({ code: 'not-found' });
  });
});
