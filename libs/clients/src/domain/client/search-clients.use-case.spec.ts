import {
  identifiedClientDetails,
  pseudonymousClientDetails,
} from '../testing/client-details.builder';
import { inMemoryClients, staffActor } from '../testing/in-memory-clients';
import { RegisterClient } from './register-client.use-case';
import { SearchClients } from './search-clients.use-case';

describe('SearchClients (CL-1, X-2)', () => {
  const anne = staffActor('nurse-anne');
  const ola = staffActor('nurse-ola');

  async function register() {
    const deps = inMemoryClients();
    const register = new RegisterClient(deps);
    const mine = await register.execute({
      actor: anne,
      details: identifiedClientDetails({ givenName: 'Kari Anne', familyName: 'Berg' }),
    });
    const theirs = await register.execute({
      actor: ola,
      details: identifiedClientDetails({ givenName: 'Kari', familyName: 'Bakke' }),
    });
    const alias = await register.execute({
      actor: anne,
      details: pseudonymousClientDetails({ alias: 'Kattepus' }),
    });
    return { deps, mine, theirs, alias };
  }

  it('finds by word prefixes of names and alias, only clients within reach', async () => {
    const { deps, mine, alias } = await register();
    const search = new SearchClients(deps);
    expect(
      (await search.execute({ actor: anne, text: 'ka', page: {} })).items
        .map((client) => client.id)
        .sort(),
    ).toEqual([mine.id, alias.id].sort());
    expect(
      (await search.execute({ actor: anne, text: 'anne b', page: {} })).items.map(
        (client) => client.id,
      ),
    ).toEqual([mine.id]);
    expect(deps.auditEntries.at(-1)).toMatchObject({ action: 'search', resourceType: 'client' });
  });

  it('sees clients through another library’s care relation too', async () => {
    const { deps, theirs } = await register();
    deps.teamRelations.add(`nurse-anne:${theirs.id}`);
    const found = await new SearchClients(deps).execute({ actor: anne, text: 'bakke', page: {} });
    expect(found.items.map((client) => client.id)).toEqual([theirs.id]);
  });

  it('opens a client outside reach only by national id with a break-the-glass reason, audited', async () => {
    const { deps, theirs } = await register();
    const search = new SearchClients(deps);
    const nationalId = theirs.nationalId as string;
    expect((await search.execute({ actor: anne, nationalId, page: {} })).items).toEqual([]);
    const found = await search.execute({
      actor: anne,
      nationalId,
      page: {},
      breakGlassReason: 'Found unconscious, ID card only',
    });
    expect(found.items.map((client) => client.id)).toEqual([theirs.id]);
    expect(deps.auditEntries).toContainEqual(
      expect.objectContaining({ action: 'break-glass', clientId: theirs.id }),
    );
    await expect(
      search.execute({
        actor: anne,
        text: 'kari',
        page: {},
        breakGlassReason: 'Looking for someone',
      }),
    ).rejects.toMatchObject({
      violations: [
        expect.objectContaining({ field: 'X-Break-Glass-Reason', rule: 'national-id-search-only' }),
      ],
    });
  });

  it('pages through reachable clients without gaps or repeats', async () => {
    const deps = inMemoryClients();
    const register = new RegisterClient(deps);
    const mine: string[] = [];
    for (let i = 0; i < 7; i += 1) {
      mine.push(
        (
          await register.execute({
            actor: anne,
            details: pseudonymousClientDetails({ alias: `Alias ${i}` }),
          })
        ).id,
      );
      await register.execute({
        actor: ola,
        details: pseudonymousClientDetails({ alias: `Alias ${i}b` }),
      });
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await new SearchClients(deps).execute({
        actor: anne,
        page: { limit: 3, cursor },
      });
      seen.push(...page.items.map((client) => client.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen.sort()).toEqual(mine.sort());
  });
});
