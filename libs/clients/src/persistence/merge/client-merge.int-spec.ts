import { createTestDatabase, type TestDatabase } from '@lavterskel/dev-postgres';
import {
  fixedClock,
  type Actor,
  type ClientMergeParticipant,
  type TenantId,
} from '@lavterskel/kernel';
import {
  TypeOrmAuditLog,
  TypeOrmTransactionHost,
  kernelPersistence,
} from '@lavterskel/kernel/typeorm';
import { AssignedContactCareRelations } from '../../domain/client/assigned-contact-care-relations';
import { RegisterClient } from '../../domain/client/register-client.use-case';
import { everyoneAvailable } from '../../domain/client/staff-availability';
import { noKnownTeams } from '../../domain/client/staff-teams';
import type { ClientsDependencies } from '../../domain/clients-dependencies';
import { noClientsCrisisRules } from '../../domain/encounter/encounter-crisis-rules';
import { MergeClient } from '../../domain/merge/merge-client.use-case';
import { noExternalSharingCheck } from '../../domain/responsibility-group/external-sharing-check';
import { ReverseClientMerge } from '../../domain/merge/reverse-client-merge.use-case';
import {
  identifiedClientDetails,
  pseudonymousClientDetails,
} from '../../domain/testing/client-details.builder';
import { SetVulnerabilityFlag } from '../../domain/vulnerability/set-vulnerability-flag.use-case';
import { clientsClientMergeParticipant } from '../client-merge/clients-client-merge';
import { clientsPersistence } from '../clients-persistence';
import { typeOrmClientsRepositories } from '../typeorm-clients-repositories';

const skien = '4003' as TenantId;
const anne: Actor = { subject: 'nurse-anne', tenantId: skien, roles: ['staff'], teamIds: [] };
const officer: Actor = { ...anne, subject: 'privacy-kari', roles: ['privacy-officer'] };
const reason = 'Gave her fødselsnummer at the drop-in';

describe('a client merge on PostgreSQL: one transaction, exact receipts', () => {
  let db: TestDatabase;
  let transactions: TypeOrmTransactionHost;
  let deps: (participants: ClientMergeParticipant[]) => ClientsDependencies;
  const clock = fixedClock('2026-11-23T09:00:00Z');

  beforeAll(async () => {
    db = await createTestDatabase({
      entities: [...kernelPersistence.entities, ...clientsPersistence.entities],
      migrations: [...kernelPersistence.migrations, ...clientsPersistence.migrations],
    });
    transactions = new TypeOrmTransactionHost(db.dataSource);
    const repositories = typeOrmClientsRepositories(transactions.manager);
    deps = (participants) => ({
      ...repositories,
      mergeParticipants: participants,
      staffAvailability: everyoneAvailable,
      staffTeams: noKnownTeams,
      crisisRules: noClientsCrisisRules,
      externalSharing: noExternalSharingCheck,
      careRelations: new AssignedContactCareRelations(repositories.clients),
      unitOfWork: transactions,
      audit: new TypeOrmAuditLog({ manager: transactions.manager, clock }),
      clock,
      settings: { nationalIds: { acceptSynthetic: true } },
    });
  });
  afterAll(() => db.drop());

  async function twoClients(participants: ClientMergeParticipant[]) {
    const register = new RegisterClient(deps(participants));
    const visitor = await register.execute({ actor: anne, details: pseudonymousClientDetails() });
    const kari = await register.execute({ actor: anne, details: identifiedClientDetails() });
    const flag = new SetVulnerabilityFlag(deps(participants));
    await flag.execute({ actor: anne, clientId: visitor.id, code: 'overdose-history' });
    await flag.execute({ actor: anne, clientId: visitor.id, code: 'homeless' });
    await flag.execute({ actor: anne, clientId: kari.id, code: 'homeless' });
    return { visitor, kari };
  }
  const flagsOf = async (clientId: string): Promise<string[]> =>
    (
      await db.dataSource.query(
        `SELECT code FROM clients.vulnerability_flag WHERE client_id = $1 AND cleared_at IS NULL ORDER BY code`,
        [clientId],
      )
    ).map((row: { code: string }) => row.code);

  it('moves nothing when any library fails: the merge is one transaction', async () => {
    const failing: ClientMergeParticipant = {
      library: 'failing',
      moveClientRecords: async () => {
        throw new Error('the disk is full');
      },
      restoreClientRecords: async () => undefined,
    };
    const participants = [clientsClientMergeParticipant(transactions.manager), failing];
    const { visitor, kari } = await twoClients(participants);
    await expect(
      new MergeClient(deps(participants)).execute({
        actor: anne,
        clientId: visitor.id,
        survivorId: kari.id,
        reason,
      }),
    ).rejects.toThrow('the disk is full');
    expect(await flagsOf(visitor.id)).toEqual(['homeless', 'overdose-history']);
    expect(await flagsOf(kari.id)).toEqual(['homeless']);
    const merges = await db.dataSource.query(
      `SELECT id FROM clients.client_merge WHERE merged_client_id = $1`,
      [visitor.id],
    );
    expect(merges).toEqual([]);
  });

  it('keeps apart what the survivor holds once, and moves exactly the receipt back', async () => {
    const participants = [clientsClientMergeParticipant(transactions.manager)];
    const { visitor, kari } = await twoClients(participants);
    await db.dataSource.query(`UPDATE clients.client SET status = 'active' WHERE id = $1`, [
      visitor.id,
    ]);
    const roster = async () =>
      (await deps(participants).clients.activeClientIds(skien, { limit: 500 })).items;
    expect(await roster()).toContain(visitor.id);
    const merge = await new MergeClient(deps(participants)).execute({
      actor: anne,
      clientId: visitor.id,
      survivorId: kari.id,
      reason,
    });
    const flags = merge.receipts[0]?.tables.find(
      (table) => table.table === 'clients.vulnerability_flag',
    );
    expect(flags?.moved).toHaveLength(1);
    expect(flags?.keptApart).toHaveLength(1);
    expect(await flagsOf(kari.id)).toEqual(['homeless', 'overdose-history']);
    expect(await flagsOf(visitor.id)).toEqual(['homeless']);
    // Counted once, as the survivor, in the roster other libraries read (crisis lists).
    expect(await roster()).not.toContain(visitor.id);

    await new ReverseClientMerge(deps(participants)).execute({
      actor: officer,
      mergeId: merge.id,
      reason: 'Two different people, merged by mistake',
    });
    expect(await flagsOf(visitor.id)).toEqual(['homeless', 'overdose-history']);
    expect(await flagsOf(kari.id)).toEqual(['homeless']);
    expect(await roster()).toContain(visitor.id);
  });
});
