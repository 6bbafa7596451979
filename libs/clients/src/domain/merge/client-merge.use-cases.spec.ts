import { KernelErrorCode } from '@lavterskel/kernel';
import { ClientsErrorCode } from '../clients-error';
import { RegisterClient } from '../client/register-client.use-case';
import { GetClient } from '../client/get-client.use-case';
import { ClientExists } from '../client/client-exists.use-case';
import {
  identifiedClientDetails,
  pseudonymousClientDetails,
} from '../testing/client-details.builder';
import { inMemoryClients, staffActor } from '../testing/in-memory-clients';
import { IdentifyClient } from './identify-client.use-case';
import { MergeClient } from './merge-client.use-case';
import { ReverseClientMerge } from './reverse-client-merge.use-case';

describe('identifying and merging a pseudonymous client (CL-1)', () => {
  const anne = staffActor('nurse-anne');
  const per = staffActor('coach-per');
  const privacyOfficer = staffActor('privacy-kari', { roles: ['privacy-officer'] });
  const reason = 'Gave her fødselsnummer at the drop-in';

  async function world() {
    const deps = inMemoryClients();
    const register = new RegisterClient(deps);
    const visitor = await register.execute({ actor: anne, details: pseudonymousClientDetails() });
    const kari = await register.execute({ actor: anne, details: identifiedClientDetails() });
    const [records] = deps.mergeParticipants;
    records.rows.set('contact-1', visitor.id);
    records.rows.set('contact-2', kari.id);
    return { deps, visitor, kari, records };
  }
  const codeOf = (promise: Promise<unknown>) =>
    promise.then(
      () => 'no error',
      (error: { code: string }) => error.code,
    );

  it('identifies in place: same id and version history, the alias kept', async () => {
    const { deps, visitor } = await world();
    const nationalId = identifiedClientDetails().nationalId as string;
    const identified = await new IdentifyClient(deps).execute({
      actor: anne,
      clientId: visitor.id,
      nationalId,
      givenName: 'Kari',
      familyName: 'Dahl',
    });
    expect(identified).toMatchObject({
      id: visitor.id,
      nationalId,
      alias: visitor.alias,
      version: 2,
    });
    expect(deps.auditEntries.at(-1)).toMatchObject({ action: 'update', clientId: visitor.id });
  });

  it('names the existing client when the national id is taken, to a caller with a care relation', async () => {
    const { deps, visitor, kari } = await world();
    const identify = new IdentifyClient(deps);
    const input = {
      clientId: visitor.id,
      nationalId: kari.nationalId as string,
      givenName: 'K',
      familyName: 'T',
    };
    await expect(identify.execute({ actor: anne, ...input })).rejects.toMatchObject({
      code: ClientsErrorCode.NationalIdTaken,
      details: { existingClientId: kari.id },
    });
    deps.teamRelations.add(`coach-per:${visitor.id}`);
    await expect(identify.execute({ actor: per, ...input })).rejects.toMatchObject({
      code: ClientsErrorCode.NationalIdTaken,
      details: {},
    });
  });

  it('moves every participant’s records to the survivor, and the old id then names the survivor', async () => {
    const { deps, visitor, kari, records } = await world();
    const merge = await new MergeClient(deps).execute({
      actor: anne,
      clientId: visitor.id,
      survivorId: kari.id,
      reason,
    });
    expect(merge.receipts).toEqual([
      { library: 'records', tables: [{ table: 'records', moved: ['contact-1'], keptApart: [] }] },
    ]);
    expect([...records.rows.values()]).toEqual([kari.id, kari.id]);
    await expect(
      new GetClient(deps).execute({ actor: anne, clientId: visitor.id }),
    ).rejects.toMatchObject({
      code: ClientsErrorCode.ClientMerged,
      details: { survivorId: kari.id },
    });
    expect(await new ClientExists(deps).execute({ actor: anne, clientId: visitor.id })).toBe(false);
    await deps.clients.update({ ...visitor, status: 'active' }, visitor.version);
    const roster = await deps.clients.activeClientIds(anne.tenantId, {});
    expect(roster.items).not.toContain(visitor.id);
    expect(deps.auditEntries.slice(-2)).toEqual([
      expect.objectContaining({ resourceType: 'client-merge', clientId: visitor.id, reason }),
      expect.objectContaining({ resourceType: 'client-merge', clientId: kari.id, reason }),
    ]);
  });

  it('merges only a pseudonymous client into an identified one, both within the caller’s reach', async () => {
    const { deps, visitor, kari, records } = await world();
    const other = await new RegisterClient(deps).execute({
      actor: anne,
      details: pseudonymousClientDetails({ alias: 'Mummi' }),
    });
    const merge = new MergeClient(deps);
    const attempt = (clientId: string, survivorId: string, actor = anne) =>
      codeOf(merge.execute({ actor, clientId, survivorId, reason }));
    expect(await attempt(kari.id, visitor.id)).toBe(ClientsErrorCode.MergeNotAllowed);
    expect(await attempt(visitor.id, other.id)).toBe(ClientsErrorCode.MergeNotAllowed);
    expect(await attempt(visitor.id, visitor.id)).toBe(ClientsErrorCode.InvalidInput);
    expect(await attempt(visitor.id, kari.id, per)).toBe(KernelErrorCode.NotFound);
    expect(
      await codeOf(
        merge.execute({ actor: anne, clientId: visitor.id, survivorId: kari.id, reason: 'x' }),
      ),
    ).toBe(ClientsErrorCode.InvalidInput);
    expect(records.rows.get('contact-1')).toBe(visitor.id);
  });

  it('reverses exactly what moved, once', async () => {
    const { deps, visitor, kari, records } = await world();
    const merge = await new MergeClient(deps).execute({
      actor: anne,
      clientId: visitor.id,
      survivorId: kari.id,
      reason,
    });
    records.rows.set('contact-3', kari.id); // written for the survivor after the merge
    const reverse = new ReverseClientMerge(deps);
    const reversed = await reverse.execute({
      actor: privacyOfficer,
      mergeId: merge.id,
      reason: 'Two different women, merged by mistake',
    });
    expect(reversed.reversal).toMatchObject({ reversedBy: 'privacy-kari' });
    expect(Object.fromEntries(records.rows)).toEqual({
      'contact-1': visitor.id,
      'contact-2': kari.id,
      'contact-3': kari.id,
    });
    expect((await new GetClient(deps).execute({ actor: anne, clientId: visitor.id })).id).toBe(
      visitor.id,
    );
    expect(
      await codeOf(
        reverse.execute({
          actor: privacyOfficer,
          mergeId: merge.id,
          reason: 'Once more, by mistake',
        }),
      ),
    ).toBe(ClientsErrorCode.MergeReversed);
  });
});
